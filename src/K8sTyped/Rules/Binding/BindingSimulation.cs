using System.Runtime.CompilerServices;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// The result of binding every claim of a manifest set: one outcome per claim. Computed once per validation run and
/// shared by the binding rules; keyed by the run's context, not the manifest set, because objects may change between runs.
/// </summary>
internal sealed class BindingSimulation
{
    private static readonly ConditionalWeakTable<RuleContext, BindingSimulation> s_cache = new();

    private readonly Dictionary<VolumeCandidate, ClaimRequest> _boundBy;

    public BindingSimulation(
        StorageClassDirectory classes,
        IReadOnlyList<VolumeCandidate> volumes,
        IReadOnlyList<BindingOutcome> outcomes,
        Dictionary<VolumeCandidate, ClaimRequest> boundBy)
    {
        Classes = classes;
        Volumes = volumes;
        Outcomes = outcomes;
        _boundBy = boundBy;
    }

    /// <summary>The StorageClasses the simulation knew.</summary>
    public StorageClassDirectory Classes { get; }

    /// <summary>The volumes of the manifests, in manifest order.</summary>
    public IReadOnlyList<VolumeCandidate> Volumes { get; }

    /// <summary>One outcome per claim, in claim order (manifest order, replicas by ordinal).</summary>
    public IReadOnlyList<BindingOutcome> Outcomes { get; }

    /// <summary>The simulation of the run's manifests, run on first use.</summary>
    public static BindingSimulation Of(RuleContext context) => s_cache.GetValue(context, static c => BindingSimulator.Run(c.Manifests));

    /// <summary>The claim bound to <paramref name="volume"/>, if any.</summary>
    public ClaimRequest? ClaimBoundTo(VolumeCandidate volume) => _boundBy.TryGetValue(volume, out var claim) ? claim : null;
}
