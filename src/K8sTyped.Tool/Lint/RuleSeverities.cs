using K8sTyped.Rules;

namespace K8sTyped.Tool.Lint;

/// <summary>
/// The severity each rule runs at: <c>dotnet_diagnostic.KTnnnn.severity</c> in the <c>.editorconfig</c> files that apply
/// (the same keys the analyzers read at build), then <c>--rule KTnnnn=off|info|warning|error</c>, which wins.
/// </summary>
internal static class RuleSeverities
{
    /// <exception cref="ToolInputException">An unknown rule id or severity.</exception>
    public static RuleOptions From(IReadOnlyList<string> ruleArguments, IReadOnlyList<EditorConfigSeverity> editorConfig)
    {
        var options = new RuleOptions();
        foreach (var setting in editorConfig)
            Apply(options, setting.Id, ParseEditorConfig(setting), $"{setting.File}:{setting.Line}");

        foreach (var argument in ruleArguments)
        {
            var equals = argument.IndexOf('=');
            if (equals <= 0)
                throw new ToolInputException($"--rule {argument}: expected KTnnnn=off|info|warning|error");
            var id = argument[..equals].Trim();
            var value = argument[(equals + 1)..].Trim();
            Apply(options, id, ParseCommandLine(value, argument), "--rule " + argument);
        }

        return options;
    }

    private static void Apply(RuleOptions options, string id, Severity? severity, string where)
    {
        if (!RuleDescriptors.All.Any(d => d.Id == id))
            throw new ToolInputException($"{where}: unknown rule '{id}'; 'k8styped rules' lists them");
        if (severity is { } value)
            options.WithSeverity(id, value);
        else
            options.Disable(id);
    }

    private static Severity? ParseCommandLine(string value, string argument) => value.ToLowerInvariant() switch
    {
        "off" or "none" => null,
        "info" or "note" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw new ToolInputException($"--rule {argument}: unknown severity '{value}'; use off, info, warning or error"),
    };

    // The values .editorconfig takes for analyzers: none and silent hide a rule, suggestion is info.
    private static Severity? ParseEditorConfig(EditorConfigSeverity setting) => setting.Value.ToLowerInvariant() switch
    {
        "none" or "silent" => null,
        "suggestion" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw new ToolInputException($"{setting.File}:{setting.Line}: unknown severity '{setting.Value}' for {setting.Id}; use none, silent, suggestion, warning or error"),
    };
}
