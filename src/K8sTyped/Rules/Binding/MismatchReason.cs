namespace K8sTyped.Rules.Binding;

/// <summary>One reason a volume cannot serve a claim, worded for a message.</summary>
/// <param name="Kind">Which check failed.</param>
/// <param name="Text">What differs, e.g. <c>'pv-data' is 10Mi (claim asks 50Mi)</c>.</param>
internal sealed record MismatchReason(MismatchKind Kind, string Text)
{
    /// <summary>
    /// Every reason <paramref name="volume"/> cannot serve <paramref name="claim"/> of class <paramref name="className"/>
    /// (null when the class is not known), in the binder's order; empty when it can.
    /// </summary>
    public static IReadOnlyList<MismatchReason> Between(ClaimRequest claim, string? className, VolumeCandidate volume)
    {
        var reasons = new List<MismatchReason>();
        var reserved = volume.IsReservedFor(claim);
        if (volume.ClaimRef is { } reference && !reserved)
        {
            var other = $"claim {Qualified(reference.Namespace, reference.Name)}";
            reasons.Add(new(MismatchKind.ReservedForOtherClaim, volume.Phase switch
            {
                "Bound" => $"{volume.Text} is bound to {other}",
                "Released" => $"{volume.Text} is Released: {other} was deleted, and claimRef keeps the volume from every new claim until an administrator clears it",
                _ => $"{volume.Text} is reserved for {other} by claimRef",
            }));
        }

        if (volume.Capacity < claim.Request)
            reasons.Add(new(MismatchKind.TooSmall, $"{volume.Text} is {volume.Capacity} (claim asks {claim.Request})"));
        if (volume.VolumeMode != claim.VolumeMode)
            reasons.Add(new(MismatchKind.VolumeMode, $"{volume.Text} is a {volume.VolumeMode} volume (claim asks {claim.VolumeMode})"));
        if (volume.IsBeingDeleted)
            reasons.Add(new(MismatchKind.BeingDeleted, $"{volume.Text} is being deleted"));
        // A volume reserved for the claim is taken whatever its phase; another is taken only when Available.
        if (!reserved && volume.ClaimRef is null && !volume.IsAvailable)
            reasons.Add(new(MismatchKind.NotAvailable, $"{volume.Text} is {volume.Phase}, not Available{PhaseHint(volume.Phase)}"));
        if (claim.Selector is { } selector && !Validation.LabelSelectors.Matches(selector, volume.Labels))
            reasons.Add(new(MismatchKind.Selector, $"{volume.Text}'s labels {LabelText.Of(volume.Labels)} do not match the claim's selector {LabelText.Of(selector)}"));
        if (className is not null && volume.ClassName != className)
            reasons.Add(new(MismatchKind.StorageClass, $"{volume.Text} has storageClassName \"{volume.ClassName}\" (claim has \"{className}\")"));
        if (!volume.OffersAccessModesOf(claim))
            reasons.Add(new(MismatchKind.AccessModes, $"{volume.Text} offers {volume.DescribeAccessModes()} (claim asks {string.Join(", ", claim.AccessModes)})"));
        return reasons;
    }

    /// <summary>
    /// What checkVolumeSatisfyClaim finds wrong with the volume a claim names in spec.volumeName, in its order: size,
    /// class, volume mode, access modes (no selector: the user picked the volume). Empty when it binds.
    /// </summary>
    public static IReadOnlyList<MismatchReason> OfRequestedVolume(ClaimRequest claim, ResolvedClass storageClass, VolumeCandidate volume)
    {
        var found = Between(claim, storageClass.Certainty == ClassCertainty.Known ? storageClass.Name : null, volume);
        var reasons = new List<MismatchReason>();
        foreach (var kind in s_satisfyOrder)
        {
            if (found.FirstOrDefault(r => r.Kind == kind) is { } reason)
                reasons.Add(reason);
            // Admission gives a class-less claim the cluster's default class, whose name is never "".
            else if (kind == MismatchKind.StorageClass && storageClass.Certainty == ClassCertainty.ClusterDefault && volume.ClassName.Length == 0)
                reasons.Add(new(kind, $"{volume.Text} has no storageClassName (the claim gets the cluster's default class)"));
        }

        return reasons;
    }

    /// <summary>The error checkVolumeSatisfyClaim gives for a failed check, which the VolumeMismatch event quotes.</summary>
    public static string ControllerMessage(MismatchKind kind) => kind switch
    {
        MismatchKind.TooSmall => "requested PV is too small",
        MismatchKind.StorageClass => "storageClassName does not match",
        MismatchKind.VolumeMode => "incompatible volumeMode",
        MismatchKind.AccessModes => "incompatible accessMode",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "checkVolumeSatisfyClaim does not check this"),
    };

    /// <summary>The path of the volume's field this reason is about, e.g. <c>spec.capacity[storage]</c>.</summary>
    public string VolumePath(VolumeCandidate volume) => Kind switch
    {
        MismatchKind.ReservedForOtherClaim => "spec.claimRef",
        MismatchKind.TooSmall => StorageSize.CapacityPath,
        MismatchKind.VolumeMode => "spec.volumeMode",
        MismatchKind.BeingDeleted => "metadata.deletionTimestamp",
        MismatchKind.NotAvailable => "status.phase",
        MismatchKind.Selector => "metadata.labels",
        MismatchKind.StorageClass => StorageClassRequest.VolumePath(volume.Volume),
        MismatchKind.AccessModes => "spec.accessModes",
        _ => "",
    };

    private static readonly MismatchKind[] s_satisfyOrder =
        [MismatchKind.TooSmall, MismatchKind.StorageClass, MismatchKind.VolumeMode, MismatchKind.AccessModes];

    // Why the controller leaves such a volume alone (the PV controller's syncVolume and reclaim).
    private static string PhaseHint(string phase) => phase == "Failed" ? " (its reclamation failed)" : "";

    /// <summary><c>namespace/name</c>, or the bare name when no namespace is given.</summary>
    public static string Qualified(string? @namespace, string? name) =>
        string.IsNullOrEmpty(@namespace) ? name ?? "" : $"{@namespace}/{name}";
}
