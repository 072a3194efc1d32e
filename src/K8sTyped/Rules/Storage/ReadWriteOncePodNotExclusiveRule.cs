using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>KT1303: ReadWriteOncePod listed with other access modes on a claim, claim template or PersistentVolume.</summary>
internal sealed class ReadWriteOncePodNotExclusiveRule : Rule
{
    private const string ReadWriteOncePod = "ReadWriteOncePod";

    // Unknown modes are rejected on their own (KT1102); the API server does not count them as "other" modes here.
    private static readonly string[] s_otherModes = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ReadWriteOncePodNotExclusive;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var claim in WorkloadQueries.Claims(context.Manifests))
            Check(context, claim.Owner, $"{claim.Path}.accessModes", claim.Spec.AccessModes, claim.DescribeAtStart());

        foreach (var volume in context.Manifests.OfType<V1PersistentVolume>())
            Check(context, volume, "spec.accessModes", volume.Spec?.AccessModes, $"PersistentVolume '{ManifestSet.NameOf(volume)}'");
    }

    private void Check(RuleContext context, IKubernetesObject owner, string path, IList<string>? modes, string what)
    {
        if (modes is null || !modes.Contains(ReadWriteOncePod)) return;
        var others = s_otherModes.Where(modes.Contains).ToList();
        if (others.Count == 0) return;

        context.Report(
            Descriptor,
            owner,
            path,
            $"{what} combines ReadWriteOncePod with {string.Join(", ", others)}: the API server rejects it "
            + "(\"may not use ReadWriteOncePod with other access modes\"). Keep ReadWriteOncePod alone to guarantee a single pod, "
            + "or drop it and use the other modes.");
    }
}
