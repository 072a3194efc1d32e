using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>A pod spec inside the manifests: the object that carries it, the path to it, and the labels its pods get.</summary>
/// <param name="Owner">The Pod, or the workload whose template it is.</param>
/// <param name="Path">The path of the spec inside the owner, e.g. <c>spec.template.spec</c>, or <c>spec</c> for a Pod.</param>
/// <param name="Spec">The pod spec.</param>
/// <param name="Labels">The labels of the pods (the Pod's or the template's metadata.labels); empty when unset.</param>
/// <param name="LabelsPath">The path of those labels, e.g. <c>spec.template.metadata.labels</c>.</param>
public sealed record PodSpecSite(IKubernetesObject Owner, string Path, V1PodSpec Spec, IReadOnlyDictionary<string, string> Labels, string LabelsPath);
