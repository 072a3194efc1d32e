using System.Runtime.CompilerServices;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// The result of binding every claim of a manifest set: one outcome per claim. Computed once per validation run and
/// shared by the binding rules; keyed by the run's context, not the manifest set, because objects may change between runs.
/// </summary>
internal sealed class BindingSimulation
{
    private static readonly ConditionalWeakTable<RuleContext, BindingSimulation> s_cache = new();

    public BindingSimulation(IReadOnlyList<VolumeCandidate> volumes, IReadOnlyList<BindingOutcome> outcomes)
    {
        Volumes = volumes;
        Outcomes = outcomes;
    }

    /// <summary>The volumes of the manifests in manifest order, then those of the cluster inventory.</summary>
    public IReadOnlyList<VolumeCandidate> Volumes { get; }

    /// <summary>One outcome per claim, in claim order (manifest order, replicas by ordinal).</summary>
    public IReadOnlyList<BindingOutcome> Outcomes { get; }

    /// <summary>The simulation of the run's manifests, run on first use.</summary>
    public static BindingSimulation Of(RuleContext context) => s_cache.GetValue(context, static c => BindingSimulator.Run(c.Manifests, c.Inventory));
}
