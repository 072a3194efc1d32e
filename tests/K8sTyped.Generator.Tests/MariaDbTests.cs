using System.Reflection;
using K8sTyped.Generator.Tests.Programs;
using K8sTyped.Generator.Tests.TestSupport;
using K8sTyped.Identities;
using K8sTyped.Models;

namespace K8sTyped.Generator.Tests;

/// <summary>The MariaDB sample, written with the fluent DSL and lambdas, evaluated at build time.</summary>
public sealed class MariaDbTests
{
    [Fact]
    public void Build_time_yaml_is_the_yaml_the_sample_prints()
    {
        var run = GeneratorRun.Run(MariaDbProgram.Sources);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors);
        var runtime = RuntimeManifests.Load(run.Output);
        var app = (Application)runtime.Type(MariaDbProgram.ClassName).GetField("App")!.GetValue(null)!;
        var generated = runtime.GeneratedYaml(MariaDbProgram.ClassName);
        Assert.Equal(app.ToYaml(), generated);
        Assert.Contains("kind: StatefulSet", generated, StringComparison.Ordinal);
        Assert.Contains("storage: 250Mi", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Identities_are_the_names_the_controller_gives()
    {
        var runtime = RuntimeManifests.Load(GeneratorRun.Run(MariaDbProgram.Sources).Output);
        var identities = runtime.Type(MariaDbProgram.ClassName).GetNestedType("Identities")!;
        string Constant(string name) => (string)identities.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

        var app = (Application)runtime.Type(MariaDbProgram.ClassName).GetField("App")!.GetValue(null)!;
        var set = app.Objects.OfType<V1StatefulSet>().Single();
        foreach (var ordinal in new[] { 0, 1, 2 })
        {
            Assert.Equal(StatefulSetIdentity.PodName("mariadb", ordinal), Constant($"Mariadb{ordinal}PodName"));
            Assert.Equal(StatefulSetIdentity.PodDnsName("mariadb", ordinal, set.Spec!.ServiceName!, "database"), Constant($"Mariadb{ordinal}DnsName"));
            Assert.Equal(StatefulSetIdentity.ClaimName("mariadb-data", "mariadb", ordinal), Constant($"Mariadb{ordinal}MariadbDataClaimName"));
        }

        Assert.Equal("mariadb-1.mariadb.database.svc.cluster.local", Constant("Mariadb1DnsName"));
        Assert.Null(identities.GetField("Mariadb3PodName"));
    }

    [Fact]
    public void Object_files_are_named_by_kind_namespace_and_name()
    {
        var runtime = RuntimeManifests.Load(GeneratorRun.Run(MariaDbProgram.Sources).Output);

        var application = runtime.Application(MariaDbProgram.ClassName);
        Assert.Equal(["namespace-database.yaml", "service-database-mariadb.yaml", "statefulset-database-mariadb.yaml"], application.ObjectFileNames);
        Assert.Equal("maria-db-app.yaml", application.FileName);
    }

    [Fact]
    public void Dsl_origins_carry_the_exact_span_of_the_argument()
    {
        // The DSL records where each value came from; the evaluator's call sites give spans, not just lines.
        var source = """
            using K8sTyped;

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(-1);
            }
            """;
        var compilation = TestCompilation.Create(source);
        var type = compilation.GetTypeByMetadataName("Web")!;
        var recorder = new Evaluation.DependencyRecorder();
        var interpreter = new Evaluation.Interpreter(compilation, new Evaluation.StepBudget(Evaluation.EvaluationLimits.Default), recorder);
        var field = type.GetMembers("App").Single();
        var deployment = (Deployment)interpreter.ReadStaticMember(field, field.DeclaringSyntaxReferences[0].GetSyntax())!;

        var finding = Application.Named("web").Add(deployment).Validate().Diagnostics.First(d => d.Path.Contains("replicas", StringComparison.Ordinal));
        var origin = finding.Origin;
        Assert.NotNull(origin);
        var start = source.IndexOf("-1", StringComparison.Ordinal);
        var line = source.Substring(0, start).Count(c => c == '\n') + 1;
        var column = start - source.LastIndexOf('\n', start);
        Assert.Equal((line, column, line, column + 2), (origin!.Line, origin.Column, origin.EndLine, origin.EndColumn));
    }
}
