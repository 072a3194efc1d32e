using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>Writes selectors and label sets the way kubectl shows them, so a message shows what was compared.</summary>
internal static class LabelSelectorText
{
    /// <summary>A selector as <c>app=db,tier in (a,b)</c>.</summary>
    public static string Of(V1LabelSelector selector)
    {
        var parts = new List<string>();
        foreach (var pair in selector.MatchLabels ?? new Dictionary<string, string>())
            parts.Add($"{pair.Key}={pair.Value}");
        foreach (var requirement in selector.MatchExpressions ?? [])
        {
            var values = string.Join(",", requirement.Values ?? []);
            parts.Add(requirement.Operator switch
            {
                "In" => $"{requirement.Key} in ({values})",
                "NotIn" => $"{requirement.Key} notin ({values})",
                "Exists" => requirement.Key ?? "",
                "DoesNotExist" => $"!{requirement.Key}",
                var other => $"{requirement.Key} {other} ({values})",
            });
        }

        return string.Join(",", parts);
    }

    /// <summary>Labels as <c>app=db,tier=a</c>, or <c>(none)</c>.</summary>
    public static string Of(IReadOnlyDictionary<string, string> labels) =>
        labels.Count == 0 ? "(none)" : string.Join(",", labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
