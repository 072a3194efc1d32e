namespace K8sTyped.Rules.Storage;

/// <summary>KT1301: a claim or claim template with no access modes, which the API server rejects.</summary>
internal sealed class ClaimWithoutAccessModesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimWithoutAccessModes;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var claim in WorkloadQueries.Claims(context.Manifests))
        {
            if (claim.Spec.AccessModes is { Count: > 0 }) continue;
            context.Report(
                Descriptor,
                claim.Owner,
                $"{claim.Path}.accessModes",
                $"{claim.DescribeAtStart()} has no access modes: the API server rejects it with \"at least 1 access mode is required\". "
                + "Add one, usually ReadWriteOnce (one node mounts it read-write), or ReadWriteOncePod for one pod only.");
        }
    }
}
