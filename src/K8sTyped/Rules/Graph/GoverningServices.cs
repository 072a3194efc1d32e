using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>Finds the Service that governs a StatefulSet: the one named by spec.serviceName in the same namespace.</summary>
internal static class GoverningServices
{
    /// <summary>The Services of the manifests named <c>spec.serviceName</c> in the StatefulSet's namespace.</summary>
    public static IEnumerable<V1Service> Of(ManifestSet manifests, V1StatefulSet set)
    {
        var serviceName = set.Spec?.ServiceName;
        if (string.IsNullOrEmpty(serviceName)) return [];
        var @namespace = ManifestSet.NamespaceOf(set);
        return manifests.OfType<V1Service>()
            .Where(s => ManifestSet.NameOf(s) == serviceName && ManifestSet.NamespaceOf(s) == @namespace);
    }

    /// <summary>Whether some StatefulSet of the manifests is governed by <paramref name="service"/>.</summary>
    public static bool GovernsAny(ManifestSet manifests, V1Service service) =>
        manifests.OfType<V1StatefulSet>().Any(set => Of(manifests, set).Contains(service));
}
