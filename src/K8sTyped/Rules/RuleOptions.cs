namespace K8sTyped.Rules;

/// <summary>Which rules run and at what severity.</summary>
public sealed class RuleOptions
{
    private readonly Dictionary<string, Severity?> _overrides = new(StringComparer.Ordinal);

    /// <summary>Every rule at its default severity.</summary>
    public static RuleOptions Default { get; } = new();

    /// <summary>Runs rule <paramref name="id"/> at <paramref name="severity"/> whatever the finding's own severity.</summary>
    public RuleOptions WithSeverity(string id, Severity severity)
    {
        _overrides[id] = severity;
        return this;
    }

    /// <summary>Turns rule <paramref name="id"/> off.</summary>
    public RuleOptions Disable(string id)
    {
        _overrides[id] = null;
        return this;
    }

    internal bool IsEnabled(string id) => !_overrides.TryGetValue(id, out var severity) || severity is not null;

    internal Severity SeverityOf(RuleDescriptor rule, Severity? findingSeverity) =>
        _overrides.TryGetValue(rule.Id, out var configured) && configured is { } forced
            ? forced
            : findingSeverity ?? rule.DefaultSeverity;
}
