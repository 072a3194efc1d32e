using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// Writes label sets and selectors in messages the way kubectl takes them (<c>-l app=db,tier in (a,b)</c>), so a
/// message shows what was compared and the text can be pasted into <c>kubectl get -l</c>.
/// </summary>
internal static class LabelText
{
    /// <summary>What an empty label set or selector is written as.</summary>
    public const string None = "(none)";

    /// <summary>Labels, or a Service's map selector, as <c>app=db,tier=a</c>: sorted by key, so messages do not depend on dictionary order.</summary>
    public static string Of(IEnumerable<KeyValuePair<string, string>> labels)
    {
        var text = string.Join(",", labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return text.Length == 0 ? None : text;
    }

    /// <summary>A label selector as <c>app=db,tier in (a,b)</c>: matchLabels, then matchExpressions in their order.</summary>
    public static string Of(V1LabelSelector selector)
    {
        var parts = (selector.MatchLabels ?? new Dictionary<string, string>())
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}")
            .ToList();
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

        return parts.Count == 0 ? None : string.Join(",", parts);
    }
}
