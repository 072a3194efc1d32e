using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using K8sTyped.Rules;
using K8sTyped.Tool.Catalogue;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Tool.Reports;

/// <summary>
/// The findings as SARIF 2.1.0, as GitHub code scanning takes them: every rule's metadata (title, description, help page
/// and its URI, default level), results with regions (line and column, UTF-16 columns) relative to <c>%SRCROOT%</c> (the
/// current directory), related locations for cross-object findings, and a fingerprint that survives lines moving.
/// What could not be read is a tool execution notification.
/// </summary>
internal static class SarifReport
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(LintReport report, Utf8JsonWriter json, string currentDirectory, int exitCode)
    {
        var rules = RuleDescriptors.All;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        WriteTool(json, rules);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(currentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.HasInputErrors);
        json.WriteNumber("exitCode", exitCode);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in report.InputProblems)
        {
            json.WriteStartObject();
            json.WriteString("level", problem.IsError ? "error" : "warning");
            WriteMessage(json, problem.Error.Path.Length == 0 ? problem.Error.Message : $"{problem.Error.Path}: {problem.Error.Message}");
            if (problem.Error.FileName is { } file)
            {
                json.WriteStartArray("locations");
                WriteLocation(json, file, problem.Error.Line, problem.Error.Column, 0, 0);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
            WriteResult(json, finding, rules);
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "k8styped");
        json.WriteString("informationUri", "https://github.com/k8styped/k8styped");
        json.WriteString("version", ToolVersion());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Identifier(rule.Title));
            WriteMessage(json, rule.Title, "shortDescription");
            if (RulePages.Summary(rule.Id) is { } summary) WriteMessage(json, summary, "fullDescription");
            json.WriteString("helpUri", rule.HelpLink);
            if (RulePages.Of(rule.Id) is { } page)
            {
                json.WriteStartObject("help");
                json.WriteString("text", $"{rule.Title}. See {rule.HelpLink}");
                json.WriteString("markdown", page);
                json.WriteEndObject();
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue("kubernetes");
            json.WriteStringValue(rule.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, IReadOnlyList<RuleDescriptor> rules)
    {
        var diagnostic = finding.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        var index = IndexOf(rules, diagnostic.Id);
        if (index >= 0) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, finding.MessageWithObject);
        json.WriteStartArray("locations");
        if (diagnostic.Origin is { FilePath: { } file } origin)
            WriteLocation(json, file, origin.Line, origin.Column, origin.EndLine, origin.EndColumn);
        json.WriteEndArray();
        if (diagnostic.RelatedOrigins.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var related in diagnostic.RelatedOrigins.Where(r => r.FilePath is not null))
                WriteLocation(json, related.FilePath!, related.Line, related.Column, related.EndLine, related.EndColumn, id++);
            json.WriteEndArray();
        }

        // What the finding is about, not where: the fingerprint survives edits that move lines.
        json.WriteStartObject("partialFingerprints");
        json.WriteString("k8styped/v1", Fingerprint($"{diagnostic.Id}|{diagnostic.Object}|{diagnostic.Path}|{diagnostic.Origin?.FilePath}"));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        if (diagnostic.Object is { } obj) json.WriteString("object", obj.ToString());
        json.WriteString("path", diagnostic.Path);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string file, int line, int column, int endLine, int endColumn, int? id = null)
    {
        json.WriteStartObject();
        if (id is { } value) json.WriteNumber("id", value);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(file));
        if (!Path.IsPathRooted(file)) json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (column > 0) json.WriteNumber("startColumn", column);
            if (endLine >= line && endLine > 0)
            {
                json.WriteNumber("endLine", endLine);
                if (endColumn > 0 && (endLine > line || endColumn > column)) json.WriteNumber("endColumn", endColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text, string property = "message")
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    // A relative path becomes a relative URI reference (segments escaped); an absolute one a file: URI.
    private static string ArtifactUri(string file) =>
        Path.IsPathRooted(file)
            ? new Uri(file).AbsoluteUri
            : string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static int IndexOf(IReadOnlyList<RuleDescriptor> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
            if (rules[i].Id == id) return i;
        return -1;
    }

    // "StatefulSet serviceName names no Service" → "StatefulSetServiceNameNamesNoService", SARIF's reportingDescriptor name.
    private static string Identifier(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static string Fingerprint(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();

    private static string ToolVersion()
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
