namespace K8sTyped.Rules;

/// <summary>The identity of a rule: id, title, default severity, category and where its documentation lives.</summary>
public sealed class RuleDescriptor
{
    /// <summary>Where rule pages are published; each rule's page is <c>{HelpLinkBase}/{Id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/k8styped/k8styped/blob/main/docs/rules";

    /// <summary>Creates a descriptor.</summary>
    public RuleDescriptor(string id, string title, Severity defaultSeverity, string category)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        DefaultSeverity = defaultSeverity;
        Category = category ?? throw new ArgumentNullException(nameof(category));
    }

    /// <summary>The id, <c>KTnnnn</c>.</summary>
    public string Id { get; }

    /// <summary>A one-line title.</summary>
    public string Title { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The area: Naming, Workload, Service, Storage, Binding, Graph.</summary>
    public string Category { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink => $"{HelpLinkBase}/{Id}.md";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
