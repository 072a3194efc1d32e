using K8sTyped.Models;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// KT4002: a deployed PersistentVolumeClaim changes what the API server keeps fixed. ValidatePersistentVolumeClaimUpdate
/// (pkg/apis/core/validation) forbids any spec difference but a storage request that grows and volumeAttributesClassName
/// (volumeName may be set once, storageClassName may go from unset to a name); a smaller request is refused too:
/// since Kubernetes 1.34 (RecoverVolumeExpansionFailure) only down to just above the capacity the volume has, to take back
/// a failed expansion. Reported at the changed value.
/// </summary>
internal sealed class ClaimSpecChangeRule : ObjectRule<V1PersistentVolumeClaim>
{
    /// <summary>What <c>kubectl apply</c> answers for a changed class, access mode, volume mode, selector or data source.</summary>
    internal const string Refusal = "spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";

    /// <summary>What <c>kubectl apply</c> answers for a smaller request (Kubernetes 1.34 and later).</summary>
    internal const string ShrinkRefusal = "spec.resources.requests.storage: Forbidden: field can not be less than status.capacity";

    private const string RequestPath = "spec.resources.requests[storage]";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimSpecChanged;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolumeClaim claim, RuleContext context)
    {
        if (DeployedVersions.Of(context).Of(claim) is not { } deployed) return;
        var name = ManifestSet.NameOf(claim);
        var changes = FieldChanges.Between(claim, deployed, "spec").Where(c => !IsAllowed(c)).ToList();
        foreach (var field in changes.GroupBy(c => FieldOf(c.Path)))
        {
            var change = field.FirstOrDefault(c => c.Current is not null) ?? field.First();
            if (field.Key == RequestPath)
            {
                if (change is not { Current: Quantity size, Deployed: Quantity old } || size >= old) continue;
                context.Report(Descriptor, claim, RequestPath,
                    $"Claim '{name}' asks for {size}, less than the {old} it has {deployed.Source}. kubectl apply is refused: \"{ShrinkRefusal}\" " +
                    "(before Kubernetes 1.34: \"field can not be less than previous value\"): a volume never shrinks. " +
                    $"Keep {old}, or create a smaller claim under a new name, copy the data over and switch the pods to it.");
                continue;
            }

            context.Report(Descriptor, claim, change.Current is not null ? change.Path : field.Key,
                $"Claim '{name}' changes {field.Key.Substring("spec.".Length)}: {change.Path} is {FieldChange.Describe(change.Current)}, was " +
                $"{FieldChange.Describe(change.Deployed)} {deployed.Source}. kubectl apply is refused: \"{Refusal}\". A claim's class, access modes and " +
                "volume mode are fixed: create a claim under a new name, copy the data (a Job that mounts both, or a VolumeSnapshot restored into it), " +
                "switch the pods to it, then delete the old claim.");
        }
    }

    private static bool IsAllowed(FieldChange change) =>
        change.IsUnder("spec.volumeAttributesClassName")
        // Other requests than storage may change freely on a bound claim; storage is checked for shrinking.
        || (change.IsUnder("spec.resources.requests") && change.Path != RequestPath)
        // The binder sets volumeName once, and admission fills in a class the claim left unset.
        || (change.IsUnder("spec.volumeName") && change.Deployed is null or "")
        || (change.IsUnder("spec.storageClassName") && change.Deployed is null);

    private static string FieldOf(string path)
    {
        if (path == RequestPath) return path;
        var end = path.IndexOfAny(['.', '['], "spec.".Length);
        return end < 0 ? path : path.Substring(0, end);
    }
}
