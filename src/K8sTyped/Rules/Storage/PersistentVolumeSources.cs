using K8sTyped.Models;
using K8sTyped.Serialization;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// The volume sources of a PersistentVolume spec (nfs, csi, hostPath, local...), read from the model's schema so a
/// source added to a future Kubernetes release is covered as soon as the model is regenerated.
/// </summary>
internal static class PersistentVolumeSources
{
    // The object-valued fields of the spec that describe the binding and placement, not where the data lives.
    private static readonly HashSet<string> s_notSources = new(StringComparer.Ordinal) { "claimRef", "nodeAffinity" };

    private static readonly IReadOnlyList<PropertySchema> s_sources = ModelCatalog.Get(typeof(V1PersistentVolumeSpec)).Properties
        .Where(p => p.Value.Kind == ValueKind.Object && !s_notSources.Contains(p.JsonName))
        .ToList();

    /// <summary>The wire names of every volume source field, e.g. <c>csi</c>, <c>nfs</c>, <c>hostPath</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = s_sources.Select(p => p.JsonName).ToList();

    /// <summary>The wire names of the sources <paramref name="spec"/> sets, in schema order.</summary>
    public static IReadOnlyList<string> Present(V1PersistentVolumeSpec spec) =>
        s_sources.Where(p => p.Get(spec) is not null).Select(p => p.JsonName).ToList();
}
