using System.Text.Json;
using K8sTyped.Rules;
using K8sTyped.Tool.Tests.TestSupport;
using NJsonSchema;

namespace K8sTyped.Tool.Tests;

/// <summary>
/// <c>--format sarif</c> as GitHub code scanning takes it: valid against the SARIF 2.1.0 schema, every rule's metadata,
/// results with a region at the offending value relative to the source root, read errors as notifications.
/// </summary>
public sealed class SarifTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    [Fact]
    public void Helm_template_output_gives_sarif_that_validates_against_the_schema()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), Manifests.HelmTemplate, "lint", "-", "--format", "sarif", "--stdin-name", "rendered/db.yaml");

        AssertValid(run.Out);
        using var sarif = JsonDocument.Parse(run.Out);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        var first = results[0];
        var (line, column) = Manifests.PositionOf(Manifests.HelmTemplate, "mariadb-headless");
        Assert.Equal("KT2001", first.GetProperty("ruleId").GetString());
        Assert.Equal("warning", first.GetProperty("level").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("rendered/db.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(line, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(column, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(2, results.GetArrayLength());
    }

    [Fact]
    public void Every_rule_is_described_with_its_help_page()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), Manifests.Clean, "lint", "-", "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Out);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(RuleDescriptors.All.Select(d => d.Id), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules.EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Equal($"{RuleDescriptor.HelpLinkBase}/{id}.md", rule.GetProperty("helpUri").GetString());
            Assert.StartsWith($"# {id}: ", rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        }
    }

    [Fact]
    public void Read_errors_are_notifications_and_the_run_is_unsuccessful()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), "kind: [\n", "lint", "-", "--format", "sarif");

        AssertValid(run.Out);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Out);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("error", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("level").GetString());
        Assert.StartsWith("<stdin>:", run.Error);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file()
    {
        using var folder = new TemporaryDirectory();

        var run = ToolRun.Invoke(folder.Path, Manifests.HelmTemplate, "lint", "-", "--format", "sarif", "--output", "k8styped.sarif");

        Assert.Empty(run.Out);
        AssertValid(File.ReadAllText(Path.Combine(folder.Path, "k8styped.sarif")));
    }

    [Fact]
    public void Json_lists_findings_with_their_positions()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), Manifests.HelmTemplate, "lint", "-", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var finding = json.RootElement.GetProperty("findings")[0];
        var (line, column) = Manifests.PositionOf(Manifests.HelmTemplate, "mariadb-headless");
        Assert.Equal(("<stdin>", line, column, "warning", "KT2001", "StatefulSet db/mariadb", "spec.serviceName"), (
            finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(),
            finding.GetProperty("severity").GetString(), finding.GetProperty("id").GetString(),
            finding.GetProperty("object").GetString(), finding.GetProperty("path").GetString()));
        Assert.Equal(3, json.RootElement.GetProperty("objects").GetInt32());
        var template = finding.GetProperty("template");
        var source = Manifests.PositionOf(Manifests.HelmTemplate, "# Source: db/templates/statefulset.yaml");
        Assert.Equal(("db/templates/statefulset.yaml", line - source.Line), (template.GetProperty("file").GetString(), template.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void The_schema_check_rejects_what_is_not_sarif_2_1_0()
    {
        var run = ToolRun.Invoke(Directory.GetCurrentDirectory(), Manifests.HelmTemplate, "lint", "-", "--format", "sarif");

        var broken = run.Out.Replace("\"level\": \"warning\"", "\"level\": \"serious\"", StringComparison.Ordinal);

        Assert.NotEqual(run.Out, broken);
        Assert.NotEmpty(s_schema.Value.Validate(broken));
    }

    private static void AssertValid(string sarif)
    {
        var errors = s_schema.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }
}
