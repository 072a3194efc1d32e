namespace K8sTyped.Rules.Binding;

/// <summary>
/// KT3002: a claim that would fit a PersistentVolume stays Pending because other claims take every volume that fits
/// it, and no StorageClass provisions for it. Binding is 1:1. Reported on the claim the simulation handles last, with
/// the claims that win and the volumes they take as related.
/// </summary>
internal sealed class ClaimsCompeteForVolumeRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimsCompeteForVolume;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var outcome in BindingSimulation.Of(context).Outcomes)
        {
            if (outcome.Cause != PendingCause.LostToOtherClaims || outcome.Rivals is not { Count: > 0 } rivals) continue;
            var loser = outcome.Claim;
            var message = rivals.Count == 1
                ? $"{loser.DescribeAtStart()} and {rivals[0].Winner.Describe()} both fit PersistentVolume {rivals[0].Volume.Text}, the only one that fits '{loser.Name}'. " +
                  $"A volume binds one claim: whichever the controller handles first gets it (here '{rivals[0].Winner.Name}') and the other stays Pending."
                : $"{loser.DescribeAtStart()} fits PersistentVolumes {string.Join(", ", rivals.Select(r => r.Volume.Text))}, but " +
                  $"{string.Join(", ", rivals.Select(r => $"'{r.Winner.Name}' takes '{r.Volume.Name}'"))}: a volume binds one claim, so '{loser.Name}' stays Pending.";
            context.Report(
                Descriptor, loser.Site.Owner, loser.Path, message + " Add a PersistentVolume for it, or a StorageClass that provisions.",
                related: [.. rivals.SelectMany(r => r.Related())]);
        }
    }
}
