using K8sTyped.Rules;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Tool.Reports;

/// <summary>
/// Findings as compilers print them, <c>file:line:col: severity KTnnnn: message</c>, one a line on standard output (so
/// editors and CI annotators pick them up), ending with <c>(from chart/templates/x.yaml:7)</c> in <c>helm template</c>
/// output; what could not be read, and a summary, on standard error.
/// </summary>
internal static class TextReport
{
    private const string Reset = "\u001b[0m";

    public static void Write(LintReport report, ToolConsole console)
    {
        foreach (var problem in report.InputProblems)
            console.Error.WriteLine(Colour(problem.Text, problem.IsError ? "\u001b[31m" : "\u001b[33m", console.Colours));

        foreach (var finding in report.Findings)
        {
            var where = finding.File is null ? "" : $"{finding.File}:{finding.Line}:{finding.Column}: ";
            var severity = finding.Diagnostic.Severity.ToString().ToLowerInvariant();
            var template = finding.Template is { } position ? $" (from {position})" : "";
            console.Out.WriteLine($"{where}{Colour(severity + " " + finding.Diagnostic.Id, ColourOf(finding.Diagnostic.Severity), console.Colours)}: {finding.MessageWithObject}{template}");
        }

        console.Error.WriteLine(Summary(report));
    }

    private static string Summary(LintReport report)
    {
        int Count(Severity severity) => report.Findings.Count(f => f.Diagnostic.Severity == severity);
        var findings = report.Findings.Count == 0
            ? "no findings"
            : $"{Plural(report.Findings.Count, "finding")} ({Plural(Count(Severity.Error), "error")}, {Plural(Count(Severity.Warning), "warning")}, {Count(Severity.Info)} info)";
        var unreadable = report.HasInputErrors ? $"; {Plural(report.InputProblems.Count(p => p.IsError), "read error")}" : "";
        return $"k8styped: {findings} in {Plural(report.ObjectCount, "object")} from {Plural(report.FileCount, "input")}{unreadable}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string ColourOf(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Colour(string text, string colour, bool enabled) => enabled ? colour + text + Reset : text;
}
