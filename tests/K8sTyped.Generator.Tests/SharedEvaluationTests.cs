using K8sTyped.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// The analyzers do not evaluate a class again after the generator did: the compilation they analyze holds the generated
/// parts too, which cannot change what the evaluation read, so the shared cache answers with the generator's evaluation.
/// </summary>
public sealed class SharedEvaluationTests
{
    private const string Source = """
        using K8sTyped;

        [KubernetesManifests(Namespace = "web")]
        public static partial class Web
        {
            public static readonly Deployment App = Deployment.Named("web").Replicas(2);
        }
        """;

    [Fact]
    public void The_analyzers_reuse_the_generators_evaluation_of_the_same_code()
    {
        var compilation = TestCompilation.Create(Source);
        var generated = GeneratorRun.Run(compilation);
        var byGenerator = ClassEvaluations.Of(compilation);

        var byAnalyzer = ClassEvaluations.Of(generated.Output);

        Assert.NotEqual(compilation.SyntaxTrees.Count(), generated.Output.SyntaxTrees.Count());
        Assert.Same(byGenerator, byAnalyzer);
    }

    [Fact]
    public void An_edit_to_the_class_is_evaluated_anew()
    {
        var compilation = TestCompilation.Create(Source);
        var before = ClassEvaluations.Of(compilation);
        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Source.Replace("Replicas(2)", "Replicas(3)"), TestCompilation.ParseOptions, tree.FilePath));

        var after = ClassEvaluations.Of(edited);

        Assert.NotSame(before, after);
        Assert.Contains("replicas: 3", after.Spec.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_is_reused_only_under_the_limits_it_ran_with()
    {
        var compilation = TestCompilation.Create(Source);
        var generous = ClassEvaluations.Of(compilation);

        var tight = ClassEvaluations.Of(compilation, Evaluation.EvaluationLimits.Default with { Steps = 3 });
        var generousAgain = ClassEvaluations.Of(compilation);

        Assert.NotNull(generous.Spec.Yaml);
        Assert.Equal("KT0102", Assert.Single(tight.Diagnostics).DescriptorId);
        Assert.Empty(generousAgain.Diagnostics);
        Assert.Equal(generous.Spec, generousAgain.Spec);
    }
}
