using System.Collections.Concurrent;

namespace K8sTyped.Serialization;

/// <summary>
/// The order in which an object's properties are written (see docs/yaml-ordering.md):
/// for a top-level kind <c>apiVersion, kind, metadata, spec</c> first; inside any other object <c>name</c> first;
/// then the remaining properties in ordinal order of their wire names.
/// </summary>
internal static class PropertyOrder
{
    private static readonly string[] KindLeaders = ["apiVersion", "kind", "metadata", "spec"];
    private static readonly string[] ObjectLeaders = ["name"];
    private static readonly ConcurrentDictionary<TypeSchema, IReadOnlyList<PropertySchema>> Cache = new();

    /// <summary>The properties of <paramref name="schema"/> in writing order.</summary>
    public static IReadOnlyList<PropertySchema> Of(TypeSchema schema) => Cache.GetOrAdd(schema, Compute);

    private static IReadOnlyList<PropertySchema> Compute(TypeSchema schema)
    {
        var leaders = schema.Kind is null ? ObjectLeaders : KindLeaders;
        var ordered = new List<PropertySchema>(schema.Properties.Count);
        foreach (var leader in leaders)
        {
            if (schema.FindProperty(leader) is { } property)
                ordered.Add(property);
        }

        ordered.AddRange(schema.Properties
            .Where(property => Array.IndexOf(leaders, property.JsonName) < 0)
            .OrderBy(property => property.JsonName, StringComparer.Ordinal));
        return ordered;
    }
}
