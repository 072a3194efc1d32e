using K8sTyped.Tool.Tests.TestSupport;

namespace K8sTyped.Tool.Tests;

/// <summary>
/// <c>k8styped lint</c> as CI runs it: <c>helm template … | k8styped lint -</c>, files and folders, findings at the file,
/// line and column of the offending value, and exit codes a pipeline can act on.
/// </summary>
public sealed class LintTests
{
    private static readonly string s_directory = Directory.GetCurrentDirectory();

    [Fact]
    public void Helm_template_output_on_standard_input_gets_findings_at_their_line_and_column()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate, "lint", "-");

        var serviceName = Manifests.PositionOf(Manifests.HelmTemplate, "mariadb-headless");
        var selector = Manifests.PositionOf(Manifests.HelmTemplate, "app: exporter");
        Assert.Equal(
            [
                $"<stdin>:{serviceName.Line}:{serviceName.Column}: warning KT2001",
                $"<stdin>:{selector.Line}:{selector.Column}: warning KT2004",
            ],
            run.OutLines.Select(line => line[..line.IndexOf(':', line.IndexOf("KT", StringComparison.Ordinal))]));
        Assert.Contains("[StatefulSet db/mariadb spec.serviceName]", run.OutLines[0]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void A_finding_in_helm_template_output_names_the_chart_template_and_its_line_there()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate, "lint", "-");

        // The template's lines are counted from the "# Source:" comment helm writes above each document.
        var source = Manifests.PositionOf(Manifests.HelmTemplate, "# Source: db/templates/statefulset.yaml");
        var serviceName = Manifests.PositionOf(Manifests.HelmTemplate, "mariadb-headless");
        Assert.EndsWith($"[StatefulSet db/mariadb spec.serviceName] (from db/templates/statefulset.yaml:{serviceName.Line - source.Line})", run.OutLines[0]);
        Assert.Contains(" (from db/templates/metrics.yaml:", run.OutLines[1]);
    }

    [Fact]
    public void Manifests_without_source_comments_name_no_template()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate.Replace("# Source: ", "# From: ", StringComparison.Ordinal), "lint", "-");

        Assert.Equal(2, run.OutLines.Length);
        Assert.All(run.OutLines, line => Assert.DoesNotContain("(from ", line));
    }

    [Fact]
    public void Stdin_name_names_the_input_in_findings()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate, "lint", "-", "--stdin-name", "rendered/db.yaml");

        Assert.All(run.OutLines, line => Assert.StartsWith("rendered/db.yaml:", line));
    }

    [Theory]
    [InlineData("error", ExitCodes.Success)]
    [InlineData("warning", ExitCodes.Findings)]
    [InlineData("never", ExitCodes.Success)]
    public void Fail_on_sets_the_severity_that_fails_the_run(string failOn, int expected)
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate, "lint", "-", "--fail-on", failOn);

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public void A_finding_at_error_fails_the_run_by_default()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate, "lint", "-", "--rule", "KT2001=error");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains(": error KT2001: ", run.OutLines[0]);
    }

    [Fact]
    public void Clean_manifests_print_no_finding_and_succeed()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.Clean, "lint", "-", "--fail-on", "info");

        Assert.Empty(run.Out);
        Assert.Contains("no findings in 2 objects from 1 input", run.Error);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void Rule_off_silences_a_rule()
    {
        var run = ToolRun.Invoke(s_directory, Manifests.HelmTemplate, "lint", "-", "--rule", "KT2001=off");

        Assert.DoesNotContain(run.OutLines, line => line.Contains("KT2001", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, line => line.Contains("KT2004", StringComparison.Ordinal));
    }

    [Fact]
    public void Editorconfig_severities_apply_and_the_command_line_wins()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".editorconfig", "root = true\n\n[*.{yaml,yml}]\ndotnet_diagnostic.KT2001.severity = error\ndotnet_diagnostic.KT2004.severity = none\n");
        folder.Write("deploy/db.yaml", Manifests.HelmTemplate);

        var configured = ToolRun.Invoke(folder.Path, null, "lint", "deploy");
        var overridden = ToolRun.Invoke(folder.Path, null, "lint", "deploy", "--rule", "KT2004=warning");

        Assert.Equal(["error KT2001"], configured.OutLines.Select(Severity));
        Assert.Equal(ExitCodes.Findings, configured.ExitCode);
        Assert.Equal(["error KT2001", "warning KT2004"], overridden.OutLines.Select(Severity));
    }

    [Fact]
    public void A_folder_is_read_recursively_as_one_set_so_references_across_files_resolve()
    {
        using var folder = new TemporaryDirectory();
        var documents = Manifests.Clean.Split("---\n");
        folder.Write("deploy/service.yaml", documents[0]);
        folder.Write("deploy/apps/statefulset.yml", documents[1]);
        folder.Write("deploy/.git/ignored.yaml", "not: a manifest\n");
        folder.Write("deploy/README.md", "# not read");

        var run = ToolRun.Invoke(folder.Path, null, "lint", "deploy", "--fail-on", "info");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("no findings in 2 objects from 2 inputs", run.Error);
    }

    [Fact]
    public void Files_are_named_as_given_relative_to_the_current_directory()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("charts/db.yaml", Manifests.HelmTemplate);

        var run = ToolRun.Invoke(folder.Path, null, "lint", "charts/db.yaml", "charts");

        Assert.All(run.OutLines, line => Assert.StartsWith("charts/db.yaml:", line));
        Assert.Equal(2, run.OutLines.Length);
    }

    [Fact]
    public void The_cluster_inventory_satisfies_references()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("cluster.yaml", """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Service
                metadata: { name: mariadb-headless, namespace: db }
                spec: { clusterIP: None, selector: { app: mariadb }, ports: [{ name: sql, port: 3306 }] }
            """);

        var run = ToolRun.Invoke(folder.Path, Manifests.HelmTemplate, "lint", "-", "--inventory", "cluster.yaml");

        Assert.DoesNotContain(run.OutLines, line => line.Contains("KT2001", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_yaml_is_one_line_at_its_position_and_exit_code_2()
    {
        const string text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n spec: [\n";

        var run = ToolRun.Invoke(s_directory, text, "lint", "-");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("<stdin>:5:2: error: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_unknown_field_is_a_read_error_unless_lenient()
    {
        var text = Manifests.Clean.Replace("serviceName: web", "serviceName: web\n  replica: 3");

        var strict = ToolRun.Invoke(s_directory, text, "lint", "-");
        var lenient = ToolRun.Invoke(s_directory, text, "lint", "-", "--lenient");

        Assert.Equal(ExitCodes.BadInput, strict.ExitCode);
        Assert.Contains($"<stdin>:{Manifests.PositionOf(text, "replica:").Line}:3: error: ", strict.Error);
        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Contains(": warning: ", lenient.Error);
    }

    [Fact]
    public void Custom_resources_fail_the_run_unless_skipped()
    {
        var text = Manifests.Clean + "\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: { name: web, namespace: shop }\n";

        var strict = ToolRun.Invoke(s_directory, text, "lint", "-");
        var skipping = ToolRun.Invoke(s_directory, text, "lint", "-", "--skip-unknown-kinds");

        var kind = Manifests.PositionOf(text, "ServiceMonitor");
        Assert.Equal(ExitCodes.BadInput, strict.ExitCode);
        Assert.StartsWith($"<stdin>:{kind.Line}:{kind.Column}: error: kind: unknown apiVersion \"monitoring.coreos.com/v1\"", strict.Error);
        Assert.Equal(ExitCodes.Success, skipping.ExitCode);
        Assert.StartsWith($"<stdin>:{kind.Line}:{kind.Column}: warning: kind: unknown", skipping.Error);
        Assert.Contains("no findings in 2 objects", skipping.Error);
    }

    [Theory]
    [InlineData("missing.yaml", "k8styped: missing.yaml: no such file or directory")]
    [InlineData("--rule=KT9999=off", "k8styped: --rule KT9999=off: unknown rule 'KT9999'; 'k8styped rules' lists them")]
    [InlineData("--rule=KT2001=loud", "k8styped: --rule KT2001=loud: unknown severity 'loud'; use off, info, warning or error")]
    [InlineData("--format=xml", "k8styped: Argument 'xml' not recognized. Must be one of:")]
    public void Bad_usage_is_one_clear_line_and_exit_code_2(string argument, string expected)
    {
        string[] args = argument.StartsWith("--", StringComparison.Ordinal) ? ["lint", "-", argument] : ["lint", argument];

        var run = ToolRun.Invoke(s_directory, Manifests.Clean, args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith(expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("--bogus", "--bogus")]
    [InlineData("--severity=error", "--severity")]
    [InlineData("-x", "-x")]
    public void An_unknown_option_is_one_line_naming_the_option_not_a_missing_file(string argument, string option)
    {
        var run = ToolRun.Invoke(s_directory, Manifests.Clean, "lint", argument, "-");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"k8styped: unknown option '{option}'; 'k8styped lint --help' lists the options\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Every_fixture_and_golden_sample_is_read_without_read_errors()
    {
        var run = ToolRun.Invoke(s_directory, null, "lint", "Fixtures", "--fail-on", "never");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": error: ", run.Error);
        Assert.All(run.OutLines, line => Assert.Matches(@"^Fixtures/[^:]+\.yaml:\d+:\d+: (error|warning|info) KT\d{4}: ", line));
    }

    private static string Severity(string line)
    {
        var start = line.IndexOf(": ", StringComparison.Ordinal) + 2;
        var id = line.IndexOf("KT", start, StringComparison.Ordinal);
        return line[start..(id + 6)];
    }
}
