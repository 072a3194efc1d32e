using K8sTyped.Models;
using K8sTyped.Rules.Binding;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// KT4006: a deployed claim, or the claims of a deployed claim template, grow, but the StorageClass they were
/// provisioned from does not set <c>allowVolumeExpansion: true</c>. The PersistentVolumeClaimResize admission plugin
/// refuses such a resize (plugin/pkg/admission/storage/persistentvolume/resize). Reported only when the class is known
/// (in the manifests or the cluster inventory).
/// </summary>
internal sealed class ClaimGrowsWithoutExpansionRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimGrowsWithoutExpansion;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var versions = DeployedVersions.Of(context);
        StorageClassDirectory? classes = null;
        foreach (var site in WorkloadQueries.Claims(context.Manifests))
        {
            if (site.Request is not { } size || versions.Of(site.Owner) is not { } deployed) continue;
            if (DeployedSpec(site, deployed.Object) is not { } before || StorageSize.RequestOf(before) is not { } old || size <= old) continue;

            classes ??= new StorageClassDirectory(context.Manifests, context.Inventory);
            // A live claim names the class admission gave it; otherwise the class is resolved as admission would.
            var request = before.StorageClassName is { } deployedClass && deployed.IsLive
                ? new StorageClassRequest(deployedClass, FromBetaAnnotation: false, site.Path + ".storageClassName")
                : StorageClassRequest.Of(site);
            var resolved = classes.Resolve(request);
            if (resolved.StorageClass is not { } storageClass || storageClass.AllowVolumeExpansion == true) continue;

            var claims = site.IsTemplate
                ? $"the claims of claim template '{site.TemplateName}' of StatefulSet '{ManifestSet.NameOf(site.Owner)}' ({string.Join(", ", site.ClaimNames.Take(3))}{(site.ClaimNames.Count > 3 ? ", ..." : "")})"
                : $"claim '{ManifestSet.NameOf(site.Owner)}'";
            var first = site.ClaimNames.FirstOrDefault() ?? ManifestSet.NameOf(site.Owner);
            context.Report(Descriptor, site.Owner, site.RequestPath,
                $"{Capitalized(claims)} grow from {old} ({deployed.Source}) to {size}, but {resolved.Text} does not set allowVolumeExpansion: true. " +
                $"Resizing is refused with: persistentvolumeclaims \"{first}\" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that " +
                $"provisions the pvc must support resize. Set allowVolumeExpansion: true on the class first (it may change; its provisioner must support expansion), or keep {old}.",
                related: (storageClass, ""));
        }
    }

    // The same claim spec in the deployed version: the claim's spec, or the claim template of the same name at the same index.
    private static V1PersistentVolumeClaimSpec? DeployedSpec(ClaimSite site, IKubernetesObject deployed)
    {
        if (!site.IsTemplate) return (deployed as V1PersistentVolumeClaim)?.Spec;
        var templates = (deployed as V1StatefulSet)?.Spec?.VolumeClaimTemplates ?? [];
        return templates.FirstOrDefault(t => t?.Metadata?.Name == site.TemplateName)?.Spec;
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
