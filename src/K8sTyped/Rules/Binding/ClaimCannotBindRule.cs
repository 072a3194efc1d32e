using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// KT3001: a claim that no PersistentVolume (of the manifests or the cluster inventory) can bind and that no StorageClass
/// provisions for stays Pending forever. The message says why each nearby volume does not fit, and why nothing
/// provisions; the finding points at the claim field that makes it unbindable, with the nearest volumes as related.
/// </summary>
internal sealed class ClaimCannotBindRule : Rule
{
    private const int NearestShown = 3;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimCannotBind;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var simulation = BindingSimulation.Of(context);
        foreach (var outcome in simulation.Outcomes)
        {
            if (outcome.State != BindingState.Pending || Tail(outcome) is not { } tail) continue;
            var claim = outcome.Claim;
            var nearest = Nearest(outcome, simulation);
            var message = $"{claim.DescribeAtStart()} asks {claim.DescribeAsk()} with {DescribeClass(outcome)}; {DescribeVolumes(nearest, simulation, context.Inventory.WasGiven)}. {tail}";
            var related = nearest.Take(NearestShown)
                .Select(c => (Object: (IKubernetesObject)c.Volume.Volume, Path: c.Reasons[0].VolumePath(c.Volume)))
                .ToList();
            if (outcome.Class.StorageClass is { } storageClass)
                related.Add((storageClass, "provisioner"));
            context.Report(Descriptor, claim.Site.Owner, FieldAtFault(outcome, nearest) ?? claim.Path, message, related: [.. related]);
        }
    }

    // Only the causes where nothing anywhere can serve the claim; races and volumeName belong to KT3002 and KT3003.
    private static string? Tail(BindingOutcome outcome)
    {
        var storageClass = outcome.Class.Text;
        var provisioner = outcome.Class.StorageClass?.Provisioner;
        return outcome.Cause switch
        {
            PendingCause.NoVolumeAndNoClass =>
                "It stays Pending (\"no persistent volumes available for this claim and no storage class is set\").",
            PendingCause.NoProvisioner =>
                $"{storageClass} has provisioner {provisioner}, which never creates volumes: the claim stays Pending until someone adds a PersistentVolume that fits.",
            PendingCause.SelectorPreventsProvisioning =>
                $"{storageClass} would provision, but provisioners refuse a claim with a selector (\"claim Selector is not supported\"): it stays Pending. Drop the selector or add a PersistentVolume that fits.",
            PendingCause.ProvisionerLacksAccessMode =>
                $"{storageClass} provisions with {provisioner}, which cannot give {string.Join(", ", ProvisionerCapabilities.Refused(provisioner ?? "", outcome.Claim.AccessModes, outcome.Claim.VolumeMode))}: provisioning fails and the claim stays Pending. Ask ReadWriteOnce, or use a class backed by file storage (NFS, EFS, Filestore, Azure Files).",
            _ => null,
        };
    }

    /// <summary>
    /// The claim field that makes the claim unbindable: what the provisioner refuses (access modes, the selector), else
    /// what keeps the nearest volumes from fitting when they all miss on the same claim field, else the class when no
    /// volume comes near (it is why nothing provisions). Null when nothing narrower than the claim is known.
    /// </summary>
    private static string? FieldAtFault(BindingOutcome outcome, IReadOnlyList<(VolumeCandidate Volume, IReadOnlyList<MismatchReason> Reasons)> nearest)
    {
        var claim = outcome.Claim;
        switch (outcome.Cause)
        {
            case PendingCause.ProvisionerLacksAccessMode:
                return claim.FieldPath(MismatchKind.AccessModes);
            case PendingCause.SelectorPreventsProvisioning:
                return claim.FieldPath(MismatchKind.Selector);
        }

        if (nearest.Count == 0)
            return claim.FieldPath(MismatchKind.StorageClass);
        // The volumes that miss on the fewest checks; a check every one of them fails is the main reason.
        var fewest = nearest[0].Reasons.Count;
        var closest = nearest.TakeWhile(c => c.Reasons.Count == fewest).ToList();
        var shared = closest
            .Select(c => c.Reasons.Select(r => r.Kind))
            .Aggregate((kinds, next) => kinds.Intersect(next))
            .ToList();
        return shared.Count == 1 ? claim.FieldPath(shared[0]) : null;
    }

    private static string DescribeClass(BindingOutcome outcome)
    {
        var request = outcome.Claim.StorageClass;
        if (!request.IsUnset) return request.Describe();
        return outcome.Class.WasDefaulted
            ? $"no storageClassName (admission gives it the default {outcome.Class.Text})"
            : "no storageClassName (the cluster has no default StorageClass, so it means \"\")";
    }

    // Every volume that does not fit, nearest (fewest failed checks) first.
    private static IReadOnlyList<(VolumeCandidate Volume, IReadOnlyList<MismatchReason> Reasons)> Nearest(BindingOutcome outcome, BindingSimulation simulation) =>
        simulation.Volumes
            .Select(volume => (Volume: volume, Reasons: MismatchReason.Between(outcome.Claim, outcome.Class.Name, volume)))
            .Where(candidate => candidate.Reasons.Count > 0)
            .OrderBy(candidate => candidate.Reasons.Count)
            .ThenBy(candidate => candidate.Volume.Order)
            .ToList();

    private static string DescribeVolumes(
        IReadOnlyList<(VolumeCandidate Volume, IReadOnlyList<MismatchReason> Reasons)> nearest, BindingSimulation simulation, bool hasInventory)
    {
        if (simulation.Volumes.Count == 0)
            return hasInventory ? "there is no PersistentVolume in these manifests or the cluster inventory" : "there is no PersistentVolume in these manifests";

        var shown = string.Join("; ", nearest.Take(NearestShown).Select(c => string.Join(", ", c.Reasons.Select(r => r.Text))));
        var more = nearest.Count > NearestShown ? $"; {nearest.Count - NearestShown} more do not fit either" : "";
        return $"no PersistentVolume can bind it: {shown}{more}";
    }
}
