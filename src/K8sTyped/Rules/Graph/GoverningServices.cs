using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// Finds the Service that governs a StatefulSet: the one named by spec.serviceName in the same namespace, in the
/// manifests or, when they do not define it, in the cluster inventory.
/// </summary>
internal static class GoverningServices
{
    /// <summary>The Services named <c>spec.serviceName</c> in the StatefulSet's namespace: the manifests', then the inventory's.</summary>
    public static IEnumerable<V1Service> Of(RuleContext context, V1StatefulSet set)
    {
        var serviceName = set.Spec?.ServiceName;
        if (string.IsNullOrEmpty(serviceName)) return [];
        var @namespace = ManifestSet.NamespaceOf(set);
        var inManifests = context.Manifests.OfType<V1Service>()
            .Where(s => ManifestSet.NameOf(s) == serviceName && ManifestSet.NamespaceOf(s) == @namespace);
        return inManifests.Concat(context.Inventory.Find(V1Service.KubeKind, @namespace, serviceName!).OfType<V1Service>());
    }

    /// <summary>Whether some StatefulSet of the manifests is governed by <paramref name="service"/>.</summary>
    public static bool GovernsAny(RuleContext context, V1Service service) =>
        context.Manifests.OfType<V1StatefulSet>().Any(set => Of(context, set).Contains(service));
}
