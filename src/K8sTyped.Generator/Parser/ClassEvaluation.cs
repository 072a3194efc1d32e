using K8sTyped.Generator.Model;
using K8sTyped.Rules;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// One evaluation of a marked class, shared by the generator (which emits <see cref="Spec"/>) and the analyzers
/// (which report <see cref="Diagnostics"/> and validate <see cref="Build"/>). Not a pipeline model: it holds the built
/// objects, so it lives only in the evaluation cache.
/// </summary>
/// <param name="Spec">What the generator emits.</param>
/// <param name="Diagnostics">Why evaluation failed or what it refused (KT01xx); empty when it succeeded.</param>
/// <param name="Build">The objects the YAML was written from, with their origins; null when evaluation failed.</param>
/// <param name="Cluster">The cluster the class says it deploys to (a static <see cref="ClusterProfile"/> member), if any.</param>
internal sealed record ClassEvaluation(ManifestSpec Spec, EquatableArray<DiagnosticInfo> Diagnostics, ApplicationBuild? Build, ClusterProfile? Cluster = null)
{
    public static ClassEvaluation Failed(ManifestTarget target, params DiagnosticInfo[] diagnostics) =>
        new(new ManifestSpec(target, null, EquatableArray<string>.Empty, EquatableArray<IdentityConstant>.Empty), diagnostics.ToEquatableArray(), null);
}
