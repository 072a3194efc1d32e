using System.CommandLine;
using System.Text.Json;
using K8sTyped.Rules;
using K8sTyped.Tool.Reports;

namespace K8sTyped.Tool.Lint;

/// <summary><c>k8styped lint &lt;files|dirs|-&gt;</c>: every rule over the manifests, findings as text, JSON or SARIF.</summary>
internal static class LintCommand
{
    public static Command Create(ToolConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Manifest files (YAML or JSON, multi-document, v1 List), directories (searched for *.yaml, *.yml, *.json) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when there is a finding of this severity or worse.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("info", "warning", "error", "never");
        var rule = new Option<string[]>("--rule")
        {
            Description = "Set a rule's severity, KTnnnn=off|info|warning|error (repeatable; wins over .editorconfig).",
            AllowMultipleArgumentsPerToken = false,
        };
        var inventory = new Option<string[]>("--inventory")
        {
            Description = "What already exists in the cluster (kubectl get pv,storageclass,svc -A -o yaml), read leniently (repeatable).",
        };
        var nodes = new Option<int?>("--nodes") { Description = "How many nodes can run pods (hostPath volumes on one node are fine)." };
        var defaultClass = new Option<bool?>("--default-storage-class") { Description = "Whether the cluster has a default StorageClass outside the manifests." };
        var clusterDomain = new Option<string>("--cluster-domain") { Description = "The cluster DNS domain.", DefaultValueFactory = _ => ClusterProfile.Default.ClusterDomain };
        var lenient = new Option<bool>("--lenient") { Description = "Unknown fields are warnings instead of errors (kubectl --validate=warn)." };
        var skipUnknownKinds = new Option<bool>("--skip-unknown-kinds")
        {
            Description = "Skip objects of kinds K8sTyped does not model (custom resources such as a ServiceMonitor) with a warning, instead of failing.",
        };
        var stdinName = new Option<string>("--stdin-name") { Description = "The file name findings read from standard input carry.", DefaultValueFactory = _ => "<stdin>" };

        var command = new Command("lint", "Run every K8sTyped rule over Kubernetes manifests.")
        {
            paths, format, output, failOn, rule, inventory, nodes, defaultClass, clusterDomain, lenient, skipUnknownKinds, stdinName,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(format) == "text" && parsed.GetValue(output) is not null)
                throw new ToolInputException("--output needs --format json or sarif; text goes to standard output");
            RejectUnknownOptions(parsed.GetValue(paths)!, console.CurrentDirectory);
            var stdin = parsed.GetValue(stdinName)!;
            var inputs = ManifestInputs.Expand(parsed.GetValue(paths)!, console.CurrentDirectory, stdin);
            var inventoryInputs = ManifestInputs.Expand(parsed.GetValue(inventory) ?? [], console.CurrentDirectory, stdin);
            if (inputs.Any(i => i.FullPath is null) && inventoryInputs.Any(i => i.FullPath is null))
                throw new ToolInputException("standard input ('-') can be the manifests or the inventory, not both");

            var inventoryProblems = new List<InputProblem>();
            var cluster = new ClusterProfile
            {
                ClusterDomain = parsed.GetValue(clusterDomain)!,
                NodeCount = parsed.GetValue(nodes),
                HasDefaultStorageClass = parsed.GetValue(defaultClass),
                Inventory = Linter.ReadInventory(inventoryInputs, console.OpenInput, inventoryProblems),
            };
            var rules = RuleSeverities.From(parsed.GetValue(rule) ?? [], EditorConfigFiles.Read(console.CurrentDirectory));
            var report = Linter.Run(inputs, console.OpenInput, new LintSettings(rules, cluster, Strict: !parsed.GetValue(lenient), SkipUnknownKinds: parsed.GetValue(skipUnknownKinds)));
            report = report with { InputProblems = [.. inventoryProblems, .. report.InputProblems] };

            var exitCode = ExitCodeOf(report, parsed.GetValue(failOn)!);
            Write(report, parsed.GetValue(format)!, parsed.GetValue(output), console, exitCode);
            return exitCode;
        });
        return command;
    }

    /// <summary>
    /// The parser takes an option it does not know for a path, which would be reported as a missing file: a "path" that
    /// starts with '-' and names nothing is reported as the option it was meant to be.
    /// </summary>
    private static void RejectUnknownOptions(IEnumerable<string> paths, string currentDirectory)
    {
        foreach (var path in paths)
        {
            if (path.Length < 2 || path[0] != '-' || File.Exists(Path.Combine(currentDirectory, path)) || Directory.Exists(Path.Combine(currentDirectory, path)))
                continue;
            var name = path.Split('=', ':')[0];
            throw new ToolInputException($"unknown option '{name}'; 'k8styped lint --help' lists the options");
        }
    }

    private static int ExitCodeOf(LintReport report, string failOn)
    {
        if (report.HasInputErrors) return ExitCodes.BadInput;
        Severity? threshold = failOn switch
        {
            "info" => Severity.Info,
            "warning" => Severity.Warning,
            "error" => Severity.Error,
            _ => null,
        };
        return threshold is { } minimum && report.Findings.Any(f => f.Diagnostic.Severity >= minimum) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void Write(LintReport report, string format, string? outputPath, ToolConsole console, int exitCode)
    {
        if (format == "text" && outputPath is null)
        {
            TextReport.Write(report, console);
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            switch (format)
            {
                case "sarif":
                    SarifReport.Write(report, json, console.CurrentDirectory, exitCode);
                    break;
                case "json":
                    JsonReport.Write(report, json);
                    break;
                default:
                    throw new InvalidOperationException($"format '{format}' has no writer");
            }
        }

        buffer.WriteByte((byte)'\n');
        if (outputPath is null)
        {
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            try
            {
                File.WriteAllBytes(Path.GetFullPath(outputPath, console.CurrentDirectory), buffer.ToArray());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ToolInputException($"{outputPath}: {e.Message}");
            }
        }

        // Read errors must never go unnoticed behind a machine-readable report.
        foreach (var problem in report.InputProblems)
            console.Error.WriteLine(problem.Text);
    }
}
