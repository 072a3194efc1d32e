using K8sTyped.Rules;
using static K8sTyped.Tests.Dsl.DslTestSupport;

namespace K8sTyped.Tests.Dsl;

/// <summary>Findings of the real rules point at the DSL call that set the offending value.</summary>
public class RuleOriginTests
{
    private static Diagnostic Finding(Application app, string id) => Assert.Single(app.Validate().Diagnostics, d => d.Id == id);

    [Fact]
    public void The_mariadb_example_is_clean_once_its_secret_is_declared_external()
    {
        var app = MariaDbExample.Application();

        var undeclared = Finding(app, "KT2010");
        app.ExternalSecret("mariadb-secret");

        Assert.Equal("spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name", undeclared.Path);
        Assert.EndsWith("MariaDbExample.cs", undeclared.Origin!.FilePath, StringComparison.Ordinal);
        Assert.True(app.Validate().IsClean, app.Validate().ToString());
    }

    [Fact]
    public void A_missing_governing_service_points_at_GovernedBy()
    {
        var labels = Labels.Of("app", "db");
        var line = ThisLine(); var db = StatefulSet.Named("db").GovernedBy("missing-headless").Replicas(1)
            .Pods(labels, pod => pod.Container("db", "mariadb:11.4"));
        var app = Application.Named("app").InNamespace("database").Add(db);

        var finding = Finding(app, "KT2001");

        Assert.Equal("spec.serviceName", finding.Path);
        Assert.Equal(line, finding.Origin!.Line);
        Assert.Equal(ThisFile(), finding.Origin.FilePath);
    }

    [Fact]
    public void A_mount_of_an_unknown_volume_points_at_the_Mount_call()
    {
        var first = ThisLine();
        var pod = Pod.Named("p").Spec(p => p
            .Container("app", "app:1", c => c
                .Mount("missing", "/data")));
        var app = Application.Named("app").InNamespace("database").Add(pod);

        var finding = Finding(app, "KT2005");

        Assert.Equal("spec.containers[0].volumeMounts[0].name", finding.Path);
        Assert.Equal(first + 3, finding.Origin!.Line);
    }

    [Fact]
    public void Literal_secret_data_points_at_StringData_and_data_set_by_Configure_points_at_Configure()
    {
        var literalLine = ThisLine(); var literal = Secret.Named("a").StringData("password", "change-me");
        var configured = Secret.Named("b")
            .Configure(s => s.Data = new Dictionary<string, byte[]> { ["password"] = [1, 2, 3] }); var configuredLine = ThisLine();
        var app = Application.Named("app").InNamespace("database").Add(literal, configured);

        var findings = app.Validate().Diagnostics.Where(d => d.Id == "KT1403").ToList();

        Assert.Equal(2, findings.Count);
        Assert.Equal(literalLine, findings.Single(d => d.Object!.Name == "a").Origin!.Line);
        Assert.Equal(configuredLine, findings.Single(d => d.Object!.Name == "b").Origin!.Line);
    }
}
