namespace K8sTyped.Rules.Graph;

/// <summary>Writes label sets and selectors in messages the way YAML flow maps read: <c>{app: mariadb, tier: db}</c>.</summary>
internal static class LabelText
{
    /// <summary>The pairs sorted by key, so messages do not depend on dictionary order.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> labels) =>
        "{" + string.Join(", ", labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")) + "}";
}
