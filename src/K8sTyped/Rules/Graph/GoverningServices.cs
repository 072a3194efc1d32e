using System.Runtime.CompilerServices;
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
        var inManifests = s_services.GetValue(context, static c => c.Manifests.OfType<V1Service>()
                .ToLookup(s => (ManifestSet.NamespaceOf(s), ManifestSet.NameOf(s))))
            [(@namespace, serviceName!)];
        return inManifests.Concat(context.Inventory.Find(V1Service.KubeKind, @namespace, serviceName!).OfType<V1Service>());
    }

    // Built once per run, so finding each StatefulSet's Service is a look-up, not a pass over every Service.
    private static readonly ConditionalWeakTable<RuleContext, ILookup<(string?, string), V1Service>> s_services = new();

    private static readonly ConditionalWeakTable<RuleContext, HashSet<(string? Namespace, string Name)>> s_governed = new();

    /// <summary>Whether some StatefulSet of the manifests is governed by <paramref name="service"/>.</summary>
    public static bool GovernsAny(RuleContext context, V1Service service) =>
        s_governed.GetValue(context, static c => [.. c.Manifests.OfType<V1StatefulSet>()
                .Where(set => !string.IsNullOrEmpty(set.Spec?.ServiceName))
                .Select(set => (ManifestSet.NamespaceOf(set), set.Spec!.ServiceName!))])
            .Contains((ManifestSet.NamespaceOf(service), ManifestSet.NameOf(service)));
}
