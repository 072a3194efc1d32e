using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>A reference from one object of the manifests to another object by name.</summary>
/// <param name="Owner">The object that holds the reference.</param>
/// <param name="Path">The path of the name field, e.g. <c>spec.template.spec.volumes[0].secret.secretName</c>.</param>
/// <param name="Kind">The kind referred to: Secret, ConfigMap, StorageClass, PersistentVolumeClaim or Service.</param>
/// <param name="Namespace">Where the target must live (the owner's namespace); null for cluster-scoped kinds.</param>
/// <param name="Name">The name referred to.</param>
/// <param name="Optional">Whether the reference says <c>optional: true</c>, so a missing target is fine.</param>
/// <param name="WhenMissing">What the cluster does when the target does not exist.</param>
internal sealed record OutgoingReference(
    IKubernetesObject Owner, string Path, string Kind, string? Namespace, string Name, bool Optional, string WhenMissing);
