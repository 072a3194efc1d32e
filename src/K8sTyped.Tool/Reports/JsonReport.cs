using System.Text.Json;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Tool.Reports;

/// <summary>
/// The findings as one JSON object, for scripts: <c>{"findings": [...], "inputErrors": [...], "objects": n, "inputs": n}</c>;
/// each finding has file, line, column, severity, id, title, message, object, path and helpUri, and in <c>helm template</c>
/// output the chart template it was rendered from (<c>"template": {"file", "line"}</c>).
/// </summary>
internal static class JsonReport
{
    public static void Write(LintReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            var diagnostic = finding.Diagnostic;
            json.WriteStartObject();
            json.WriteString("file", finding.File);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("id", diagnostic.Id);
            json.WriteString("title", diagnostic.Rule.Title);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("object", diagnostic.Object?.ToString());
            json.WriteString("path", diagnostic.Path);
            json.WriteString("helpUri", diagnostic.Rule.HelpLink);
            if (finding.Template is { } template)
            {
                json.WriteStartObject("template");
                json.WriteString("file", template.Template);
                json.WriteNumber("line", template.Line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("inputErrors");
        foreach (var problem in report.InputProblems)
        {
            json.WriteStartObject();
            json.WriteString("file", problem.Error.FileName);
            json.WriteNumber("line", problem.Error.Line);
            json.WriteNumber("column", problem.Error.Column);
            json.WriteString("severity", problem.IsError ? "error" : "warning");
            json.WriteString("path", problem.Error.Path);
            json.WriteString("message", problem.Error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("objects", report.ObjectCount);
        json.WriteNumber("inputs", report.FileCount);
        json.WriteEndObject();
    }
}
