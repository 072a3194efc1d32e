namespace K8sTyped.Rules.Binding;

/// <summary>A volume that would fit a claim, and the claim the simulation bound it to first.</summary>
/// <param name="Volume">The volume.</param>
/// <param name="Winner">The claim bound to it.</param>
internal sealed record VolumeTakenBy(VolumeCandidate Volume, ClaimRequest Winner);
