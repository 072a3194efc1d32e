using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1103: a storage size written with the milli suffix. Storage is not an integer resource, so the API server accepts
/// <c>500m</c> as half a byte; the author almost always meant <c>500M</c> or <c>500Mi</c>.
/// </summary>
internal sealed class MilliStorageQuantityRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.MilliStorageQuantity;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var claim in WorkloadQueries.Claims(context.Manifests))
        {
            var resources = claim.Spec.Resources;
            Check(context, claim.Owner, $"{claim.Path}.resources.requests", resources?.Requests, $"The storage request of {claim.Describe()}");
            Check(context, claim.Owner, $"{claim.Path}.resources.limits", resources?.Limits, $"The storage limit of {claim.Describe()}");
        }

        foreach (var volume in context.Manifests.OfType<V1PersistentVolume>())
            Check(context, volume, "spec.capacity", volume.Spec?.Capacity, $"The capacity of PersistentVolume '{ManifestSet.NameOf(volume)}'");
    }

    private void Check(RuleContext context, IKubernetesObject owner, string mapPath, IDictionary<string, Quantity>? quantities, string what)
    {
        if (StorageSize.In(quantities) is not { } quantity) return;
        var text = quantity.ToString();
        // 'm' is the only Kubernetes suffix that ends in m, so this is exactly "written in thousandths".
        if (!text.EndsWith("m", StringComparison.Ordinal)) return;

        var number = text.Substring(0, text.Length - 1);
        context.Report(
            Descriptor,
            owner,
            $"{mapPath}[{StorageSize.Key}]",
            $"{what} is '{text}', which means {number} thousandths of a byte: the suffix 'm' is milli, not mega. "
            + "The API server accepts it because storage may be fractional, so the claim asks for almost nothing: it binds to any "
            + "volume and a provisioner creates its smallest disk, and the application runs out of space later. "
            + $"Write '{number}Mi' (mebibytes) or '{number}M' (megabytes).");
    }
}
