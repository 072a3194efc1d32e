using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// KT3003: a pre-binding that cannot hold. A claim's spec.volumeName names a volume that fails the controller's checks or
/// belongs to another claim; a volume's spec.claimRef names a claim it cannot serve, a claim that is not in the
/// manifests, or a UID no new claim will have. Reported at volumeName or claimRef, with the other side as related.
/// </summary>
internal sealed class PreBindingMismatchRule : Rule
{
    private static readonly MismatchKind[] s_claimRefChecks = [MismatchKind.TooSmall, MismatchKind.VolumeMode, MismatchKind.AccessModes];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.PreBindingMismatch;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var simulation = BindingSimulation.Of(context);
        foreach (var outcome in simulation.Outcomes)
            AnalyzeVolumeName(outcome, context);
        // Volumes of the cluster inventory are not the user's to fix; their claimRef is the cluster's state.
        foreach (var volume in simulation.Volumes.Where(v => v.ClaimRef is not null && !v.IsInventory))
            AnalyzeClaimRef(volume, simulation, context);
    }

    private void AnalyzeVolumeName(BindingOutcome outcome, RuleContext context)
    {
        var claim = outcome.Claim;
        if (outcome.Volume is not { } volume) return;
        var named = $"{claim.DescribeAtStart()} names PersistentVolume {volume.Text} in volumeName";
        var (message, related) = outcome.Cause switch
        {
            PendingCause.RequestedVolumeMismatch =>
                ($"{named}, but the controller refuses it: " +
                 $"\"Cannot bind to requested volume \\\"{volume.Name}\\\": {MismatchReason.ControllerMessage(outcome.Reasons![0].Kind)}\" " +
                 $"({string.Join("; ", outcome.Reasons.Select(r => r.Text))}). The claim stays Pending.",
                 new[] { ((IKubernetesObject)volume.Volume, outcome.Reasons[0].VolumePath(volume)) }),
            PendingCause.RequestedVolumeTaken when outcome.Rivals?.FirstOrDefault() is { } rival =>
                ($"{named}, but {rival.Winner.Describe()} binds it first: " +
                 $"a volume binds one claim, so this one stays Pending (\"volume \\\"{volume.Name}\\\" already bound to a different claim.\").",
                 rival.Related().ToArray()),
            PendingCause.RequestedVolumeTaken =>
                ($"{named}, but {(volume.Phase == "Bound" ? "it is bound to" : "its claimRef reserves it for")} claim " +
                 $"{MismatchReason.Qualified(volume.ClaimRef!.Namespace, volume.ClaimRef.Name)}: the claim stays Pending " +
                 $"(\"volume \\\"{volume.Name}\\\" already bound to a different claim.\").",
                 new[] { ((IKubernetesObject)volume.Volume, "spec.claimRef") }),
            _ => (null, []),
        };
        if (message is not null)
            context.Report(Descriptor, claim.Site.Owner, claim.VolumeNamePath, message, related: related);
    }

    private void AnalyzeClaimRef(VolumeCandidate volume, BindingSimulation simulation, RuleContext context)
    {
        var reference = volume.ClaimRef!;
        var target = MismatchReason.Qualified(reference.Namespace, reference.Name);
        var named = simulation.Outcomes.Where(o => o.Claim.Name == reference.Name && VolumeCandidate.NamespaceFits(o.Claim, reference)).ToList();
        if (named.Count == 0)
        {
            var claimKind = V1PersistentVolumeClaim.KubeKind;
            if (context.Manifests.Externals.Contains(claimKind, reference.Namespace, reference.Name ?? "")
                || context.Inventory.Exists(claimKind, reference.Namespace ?? "", reference.Name ?? ""))
                return;
            context.Report(
                Descriptor,
                volume.Volume,
                "spec.claimRef",
                $"PersistentVolume {volume.Text} is reserved by claimRef for claim {target}, which is not in these manifests nor declared external: " +
                "no other claim can bind it, so it stays Available until that claim exists. Add the claim, declare it external, or drop claimRef.",
                Severity.Warning);
            return;
        }

        var outcome = named[0];
        var claim = (outcome.Claim.Site.Owner, outcome.Claim.Path);
        if (!volume.IsReservedFor(outcome.Claim))
        {
            // A claimRef UID names one incarnation of a claim; the one these manifests create gets a new UID.
            context.Report(
                Descriptor,
                volume.Volume,
                "spec.claimRef.uid",
                $"PersistentVolume {volume.Text} is reserved for claim {target} with UID {reference.Uid}, but the claim these manifests create gets a new UID: " +
                "the controller takes the reserved claim for deleted and releases the volume, which neither claim then binds. Drop claimRef.uid.",
                related: claim);
            return;
        }

        if (outcome.State == BindingState.Bound && outcome.Volume == volume) return;

        var reasons = MismatchReason.Between(outcome.Claim, null, volume).Where(r => s_claimRefChecks.Contains(r.Kind)).Select(r => r.Text).ToList();
        if (outcome.Claim.VolumeName is { } other && other != volume.Name)
            reasons.Insert(0, $"the claim names '{other}' in volumeName");
        var why = reasons.Count > 0
            ? $"which it cannot serve: {string.Join("; ", reasons)}"
            : $"but the claim binds {outcome.Volume?.Text ?? "nothing"} first (the controller searches volumes with fewer access modes first)";
        context.Report(
            Descriptor,
            volume.Volume,
            "spec.claimRef",
            $"PersistentVolume {volume.Text} is reserved by claimRef for {outcome.Claim.Describe()}, {why}. " +
            $"The claim never binds '{volume.Name}', and no other claim may: it stays Available and unused.",
            related: claim);
    }
}
