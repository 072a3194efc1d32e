using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// KT3005: a claim names a class that no StorageClass of the manifests or the cluster inventory defines and nobody
/// declared, and no PersistentVolume carrying that class fits it. Volumes carrying the class make it look static
/// (so KT2010 says nothing), but none can bind the claim: it stays Pending unless the cluster has a StorageClass of
/// that name that provisions. Info, since the cluster may well have one.
/// </summary>
internal sealed class UnknownClassClaimRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.UnknownClassClaim;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var simulation = BindingSimulation.Of(context);
        foreach (var outcome in simulation.Outcomes)
        {
            var storageClass = outcome.Class;
            if (outcome.State != BindingState.Undetermined || outcome.Claim.VolumeName is not null) continue;
            if (storageClass is not { Certainty: ClassCertainty.Known, Name.Length: > 0, StorageClass: null, IsDeclaredExternal: false }) continue;
            var carriers = simulation.Volumes.Where(v => StorageClassRequest.OfVolume(v.Volume) == storageClass.Name).ToList();
            // Without volumes of the class the name is simply unknown, which KT2010 reports.
            if (carriers.Count == 0) continue;

            var claim = outcome.Claim;
            var reasons = carriers
                .Select(v => (Volume: v, Reasons: MismatchReason.Between(claim, storageClass.Name, v)))
                .OrderBy(c => c.Reasons.Count)
                .ThenBy(c => c.Volume.Order)
                .ToList();
            var nearest = reasons[0];
            var why = nearest.Reasons.Count == 0 ? "" : $" (the nearest: {string.Join(", ", nearest.Reasons.Select(r => r.Text))})";
            context.Report(
                Descriptor, claim.Site.Owner, claim.StorageClass.Path,
                $"{claim.DescribeAtStart()} asks {storageClass.Text}, which neither the manifests{(context.Inventory.WasGiven ? ", the cluster inventory" : "")} nor the " +
                $"external declarations define, and none of the {carriers.Count} PersistentVolume{(carriers.Count == 1 ? "" : "s")} of that class fits it{why}. " +
                $"It stays Pending unless the cluster has a StorageClass '{storageClass.Name}' that provisions: declare it external if it does, " +
                "otherwise fix the claim or add a volume that fits.",
                related: [.. reasons.Take(3).Select(c => ((IKubernetesObject)c.Volume.Volume, StorageClassRequest.VolumePath(c.Volume.Volume)))]);
        }
    }
}
