using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>A volume that would fit a claim, and the claim the simulation bound it to first.</summary>
/// <param name="Volume">The volume.</param>
/// <param name="Winner">The claim bound to it.</param>
internal sealed record VolumeTakenBy(VolumeCandidate Volume, ClaimRequest Winner)
{
    /// <summary>What a finding about the lost volume names as related: the winning claim, and the volume.</summary>
    public IEnumerable<(IKubernetesObject Object, string Path)> Related()
    {
        yield return (Winner.Site.Owner, Winner.Path);
        yield return (Volume.Volume, "");
    }
}
