using K8sTyped.Models;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// KT4003: a deployed PersistentVolume changes its volume source, its volumeMode, or a nodeAffinity it already had.
/// ValidatePersistentVolumeUpdate (pkg/apis/core/validation) forbids each (a CSI controllerExpandSecretRef may be added;
/// nodeAffinity may change only with the MutablePVNodeAffinity feature gate, alpha and off by default since 1.35).
/// </summary>
internal sealed class PersistentVolumeChangeRule : ObjectRule<V1PersistentVolume>
{
    /// <summary>What <c>kubectl apply</c> answers for a changed volume source.</summary>
    internal const string SourceRefusal = "spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation";

    private const string Source = "spec";

    // The spec fields that are not the volume source; everything else in the spec is one of the ~25 source types.
    private static readonly HashSet<string> s_notSource = new(StringComparer.Ordinal)
    {
        "spec.accessModes", "spec.capacity", "spec.claimRef", "spec.persistentVolumeReclaimPolicy", "spec.storageClassName",
        "spec.mountOptions", "spec.nodeAffinity", "spec.volumeMode", "spec.volumeAttributesClassName",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.PersistentVolumeChanged;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolume volume, RuleContext context)
    {
        if (DeployedVersions.Of(context).Of(volume) is not { } deployed) return;
        var before = (V1PersistentVolume)deployed.Object;
        var name = ManifestSet.NameOf(volume);
        var advice = $"Create a PersistentVolume under a new name for the new storage (with claimRef or a selector so the right claim binds it), " +
                     $"move the data, then delete '{name}' once no claim uses it.";
        foreach (var field in FieldChanges.Between(volume, deployed, "spec").Where(c => !IsAddedExpandSecret(c)).GroupBy(c => FieldOf(c.Path)))
        {
            var change = field.FirstOrDefault(c => c.Current is not null) ?? field.First();
            var path = change.Current is not null ? change.Path : field.Key;
            var what = $"{change.Path} is {FieldChange.Describe(change.Current)}, was {FieldChange.Describe(change.Deployed)} {deployed.Source}";
            if (field.Key == "spec.volumeMode")
            {
                context.Report(Descriptor, volume, path,
                    $"PersistentVolume '{name}' changes its volume mode: {what}. kubectl apply is refused: \"volumeMode: Invalid value: ...: field is immutable\". {advice}");
            }
            else if (field.Key == "spec.nodeAffinity")
            {
                if (before.Spec?.NodeAffinity is null) continue;
                context.Report(Descriptor, volume, path,
                    $"PersistentVolume '{name}' changes the nodeAffinity it already has: {what}. kubectl apply is refused: \"nodeAffinity: Invalid value: ...: field is immutable\" " +
                    $"(unless the cluster enables the alpha feature gate MutablePVNodeAffinity). The nodes that can reach the volume are a fact about the storage: {advice}");
            }
            else if (field.Key == Source)
            {
                context.Report(Descriptor, volume, path,
                    $"PersistentVolume '{name}' changes its volume source: {what}. kubectl apply is refused: \"{SourceRefusal}\". {advice}");
            }
        }
    }

    // ValidatePersistentVolumeUpdate lets a CSI volume gain the controllerExpandSecretRef it did not have.
    private static bool IsAddedExpandSecret(FieldChange change) =>
        change.IsUnder("spec.csi.controllerExpandSecretRef") && change.Deployed is null;

    // The unit of one finding: one of the other spec fields, or the source as a whole (a new type replaces the old one).
    private static string FieldOf(string path)
    {
        var end = path.IndexOfAny(['.', '['], "spec.".Length);
        var field = end < 0 ? path : path.Substring(0, end);
        return s_notSource.Contains(field) ? field : Source;
    }
}
