namespace K8sTyped.Rules.Binding;

/// <summary>
/// KT3001: a claim that no PersistentVolume of the manifests can bind and that no StorageClass provisions for stays
/// Pending forever. The message says why each nearby volume does not fit, and why nothing provisions.
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
            var message = $"{claim.Describe()} asks {claim.DescribeAsk()} with {DescribeClass(outcome)}; {DescribeVolumes(outcome, simulation)}. {tail}";
            context.Report(Descriptor, claim.Site.Owner, claim.Path, message);
        }
    }

    // Only the causes where nothing anywhere can serve the claim; races and volumeName belong to KT3002 and KT3003.
    private static string? Tail(BindingOutcome outcome)
    {
        var className = outcome.Class.Name;
        var provisioner = outcome.Class.StorageClass?.Provisioner;
        return outcome.Cause switch
        {
            PendingCause.NoVolumeAndNoClass =>
                "It stays Pending (\"no persistent volumes available for this claim and no storage class is set\").",
            PendingCause.NoProvisioner =>
                $"StorageClass {className} has provisioner {provisioner}, which never creates volumes: the claim stays Pending until someone adds a PersistentVolume that fits.",
            PendingCause.SelectorPreventsProvisioning =>
                $"StorageClass {className} would provision, but provisioners refuse a claim with a selector (\"claim Selector is not supported\"): it stays Pending. Drop the selector or add a PersistentVolume that fits.",
            PendingCause.ProvisionerLacksAccessMode =>
                $"StorageClass {className} provisions with {provisioner}, which cannot give {string.Join(", ", ProvisionerCapabilities.Refused(provisioner ?? "", outcome.Claim.AccessModes, outcome.Claim.VolumeMode))}: provisioning fails and the claim stays Pending. Ask ReadWriteOnce, or use a class backed by file storage (NFS, EFS, Filestore, Azure Files).",
            _ => null,
        };
    }

    private static string DescribeClass(BindingOutcome outcome)
    {
        var request = outcome.Claim.StorageClass;
        if (!request.IsUnset) return request.Describe();
        return outcome.Class.WasDefaulted
            ? $"no storageClassName (admission gives it the default StorageClass {outcome.Class.Name})"
            : "no storageClassName (the cluster has no default StorageClass, so it means \"\")";
    }

    private static string DescribeVolumes(BindingOutcome outcome, BindingSimulation simulation)
    {
        if (simulation.Volumes.Count == 0)
            return "there is no PersistentVolume in these manifests";

        var nearest = simulation.Volumes
            .Select(volume => (Volume: volume, Reasons: MismatchReason.Between(outcome.Claim, outcome.Class.Name, volume)))
            .Where(candidate => candidate.Reasons.Count > 0)
            .OrderBy(candidate => candidate.Reasons.Count)
            .ThenBy(candidate => candidate.Volume.Order)
            .ToList();
        var shown = string.Join("; ", nearest.Take(NearestShown).Select(c => string.Join(", ", c.Reasons.Select(r => r.Text))));
        var more = nearest.Count > NearestShown ? $"; {nearest.Count - NearestShown} more do not fit either" : "";
        return $"no PersistentVolume can bind it: {shown}{more}";
    }
}
