using K8sTyped.Rules;

namespace K8sTyped.Tool.Catalogue;

/// <summary>The rule pages of docs/rules, embedded in the tool at build (linked, not copied), so explain works offline.</summary>
internal static class RulePages
{
    /// <summary>The Markdown page of rule <paramref name="id"/>, or null when the tool carries none.</summary>
    public static string? Of(string id)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream($"rules/{id}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The descriptor of <paramref name="id"/> (case-insensitive), or null.</summary>
    public static RuleDescriptor? Descriptor(string id) =>
        RuleDescriptors.All.FirstOrDefault(d => d.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The page's first paragraph after the severity line: what the rule is about, in prose.</summary>
    public static string? Summary(string id)
    {
        var page = Of(id);
        if (page is null) return null;
        var paragraphs = page.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraphs.FirstOrDefault(p => !p.StartsWith('#') && !p.StartsWith("Severity:", StringComparison.Ordinal))?.Replace('\n', ' ');
    }
}
