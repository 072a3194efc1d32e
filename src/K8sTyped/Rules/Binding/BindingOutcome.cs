namespace K8sTyped.Rules.Binding;

/// <summary>What the simulation did with one claim.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Class">Its class after admission.</param>
/// <param name="State">Bound, provisioned, pending or undetermined.</param>
/// <param name="Volume">The volume it is bound to (Bound), or the one its volumeName names (RequestedVolume*).</param>
/// <param name="Cause">Why it stays Pending; null unless <paramref name="State"/> is Pending.</param>
/// <param name="Reasons">For RequestedVolumeMismatch: what fails, first one being the controller's message.</param>
/// <param name="Rivals">For LostToOtherClaims: the fitting volumes and who took them.</param>
internal sealed record BindingOutcome(
    ClaimRequest Claim,
    ResolvedClass Class,
    BindingState State,
    VolumeCandidate? Volume = null,
    PendingCause? Cause = null,
    IReadOnlyList<MismatchReason>? Reasons = null,
    IReadOnlyList<VolumeTakenBy>? Rivals = null);
