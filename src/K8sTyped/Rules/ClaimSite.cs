using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// A claim spec inside the manifests: a standalone PersistentVolumeClaim, or a StatefulSet claim template, which makes
/// one claim per pod.
/// </summary>
/// <param name="Owner">The PersistentVolumeClaim or the StatefulSet.</param>
/// <param name="Path">The path of the claim spec inside the owner: <c>spec</c> or <c>spec.volumeClaimTemplates[i].spec</c>.</param>
/// <param name="Spec">The claim spec.</param>
/// <param name="TemplateName">For a claim template: its name (also the pod volume name); null for a standalone claim.</param>
/// <param name="ClaimNames">The names of the claims that exist at run time (one per pod for a template).</param>
public sealed record ClaimSite(IKubernetesObject Owner, string Path, V1PersistentVolumeClaimSpec Spec, string? TemplateName, IReadOnlyList<string> ClaimNames);
