using K8sTyped.Identities;
using K8sTyped.Text;
using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2001: spec.serviceName names no Service in the StatefulSet's namespace (in the manifests, declared external, or in
/// the cluster inventory). Pods get their hostname and subdomain anyway, but no DNS records: lookups of
/// <c>pod.service.namespace.svc</c> return NXDOMAIN. A Service of that name in another namespace is related.
/// </summary>
internal sealed class GoverningServiceMissingRule : ObjectRule<V1StatefulSet>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.GoverningServiceMissing;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet set, RuleContext context)
    {
        var serviceName = set.Spec?.ServiceName;
        // An unset serviceName is allowed (the pods simply get no per-pod DNS names); nothing refers to a Service then.
        if (string.IsNullOrEmpty(serviceName)) return;
        if (GoverningServices.Of(context, set).Any()) return;
        var @namespace = ManifestSet.NamespaceOf(set);
        if (new KnownObjects(context).IsDeclaredExternal(V1Service.KubeKind, @namespace, serviceName!)) return;

        var services = context.Manifests.OfType<V1Service>().Concat(context.Inventory.OfType<V1Service>()).ToList();
        var sameNamespace = services.Where(s => ManifestSet.NamespaceOf(s) == @namespace).Select(ManifestSet.NameOf);
        var elsewhere = services.Where(s => ManifestSet.NameOf(s) == serviceName).ToList();

        var close = Suggestions.Closest(serviceName!, sameNamespace);
        var hint = close.Count == 0 ? "" : $" Services with close names in this namespace: {string.Join(", ", close.Select(n => $"'{n}'"))}.";
        if (elsewhere.Count > 0)
        {
            var where = string.Join(", ", elsewhere.Select(s => NamespaceLabel(ManifestSet.NamespaceOf(s)) + context.Inventory.MarkOf(s)));
            hint += $" A Service '{serviceName}' exists in {where}, but DNS records are only made for a Service in the pods' own namespace.";
        }

        context.Report(
            Descriptor, set, "spec.serviceName",
            $"spec.serviceName is '{serviceName}', but there is no Service '{serviceName}' in {NamespaceLabel(@namespace)}. " +
            $"The pods still get the subdomain '{serviceName}', but no DNS records are made for them: lookups such as " +
            $"'{StatefulSetIdentity.PodName(ManifestSet.NameOf(set), set.Spec?.Ordinals?.Start ?? 0)}.{serviceName}' return NXDOMAIN and peers cannot find each other.{hint} " +
            $"Add a headless Service (clusterIP: None) named '{serviceName}' in the same namespace, fix the name, or declare the Service external if something else creates it.",
            related: [.. elsewhere.Select(s => ((IKubernetesObject)s, "metadata.namespace"))]);
    }

    private static string NamespaceLabel(string? @namespace) =>
        string.IsNullOrEmpty(@namespace) ? "the default namespace of the apply" : $"namespace '{@namespace}'";
}
