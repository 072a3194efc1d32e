using K8sTyped.Models;

namespace K8sTyped.Validation;

/// <summary>Label selector semantics (k8s.io/apimachinery/pkg/labels), shared by workload, Service and PV binding rules.</summary>
public static class LabelSelectors
{
    /// <summary>
    /// Whether a LabelSelector matches <paramref name="labels"/>: every matchLabels pair and every matchExpressions
    /// requirement (In, NotIn, Exists, DoesNotExist) holds. An empty selector matches everything; callers decide whether
    /// an empty selector is acceptable where they use it.
    /// </summary>
    public static bool Matches(V1LabelSelector selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null) throw new ArgumentNullException(nameof(selector));
        if (labels is null) throw new ArgumentNullException(nameof(labels));
        if (selector.MatchLabels is { } matchLabels && !SelectsAll(matchLabels, labels))
            return false;

        foreach (var requirement in selector.MatchExpressions ?? [])
        {
            var has = labels.TryGetValue(requirement.Key ?? "", out var value);
            var values = requirement.Values ?? [];
            var holds = requirement.Operator switch
            {
                "In" => has && values.Contains(value!),
                "NotIn" => !has || !values.Contains(value!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false, // an unknown operator selects nothing; KT1102 reports the value itself
            };
            if (!holds) return false;
        }

        return true;
    }

    /// <summary>Whether a selector has no requirement at all (it would select every pod).</summary>
    public static bool IsEmpty(V1LabelSelector? selector) =>
        selector is null || ((selector.MatchLabels?.Count ?? 0) == 0 && (selector.MatchExpressions?.Count ?? 0) == 0);

    /// <summary>Whether a plain map selector (a Service's spec.selector) selects <paramref name="labels"/>: every pair present.</summary>
    public static bool SelectsAll(IDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var pair in selector)
        {
            if (!labels.TryGetValue(pair.Key, out var value) || value != pair.Value)
                return false;
        }

        return true;
    }
}
