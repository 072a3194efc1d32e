using K8sTyped.Models;
using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>Small edits of model objects that several builders make the same way.</summary>
internal static class ModelEdits
{
    /// <summary>Adds (or overwrites) labels in <c>labels</c> of <paramref name="metadata"/>, recording each entry.</summary>
    public static void AddLabels(V1ObjectMeta metadata, Labels labels, BuildWriter writer, CallSite site, string parameterName)
    {
        var map = metadata.Labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            map[label.Key] = label.Value;
            writer.Record($"labels[{label.Key}]", site, parameterName);
        }
    }

    /// <summary>Adds the labels <paramref name="metadata"/> does not set yet, recording each added entry.</summary>
    public static void AddMissingLabels(V1ObjectMeta metadata, Labels labels, BuildWriter writer, CallSite site, string parameterName)
    {
        var map = metadata.Labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (map.ContainsKey(label.Key))
                continue;
            map[label.Key] = label.Value;
            writer.Record($"labels[{label.Key}]", site, parameterName);
        }
    }

    /// <summary>Sets one quantity of a resource map (<c>requests</c>, <c>limits</c>, <c>capacity</c>), or reports it as invalid.</summary>
    public static void SetQuantity(
        Func<IDictionary<string, Quantity>> map, string key, QuantityArgument argument, BuildWriter writer, string mapPath, CallSite site, string parameterName)
    {
        if (writer.Accept(argument, $"{mapPath}[{key}]", site, parameterName, out var value))
            map()[key] = value;
    }

    /// <summary>A selector matching exactly <paramref name="labels"/>.</summary>
    public static V1LabelSelector SelectorFor(Labels labels) => new() { MatchLabels = labels.ToDictionary() };

    /// <summary>Appends <paramref name="item"/> to the list at <paramref name="listPath"/>; returns a writer rooted at the new item.</summary>
    public static BuildWriter Append<T>(IList<T> list, T item, BuildWriter writer, string listPath)
    {
        list.Add(item);
        return writer.At($"{listPath}[{list.Count - 1}]");
    }
}
