namespace K8sTyped.Rules;

/// <summary>Which built-in kinds are cluster-scoped (everything else lives in a namespace).</summary>
public static class KubernetesScopes
{
    // From the API's resource lists (`kubectl api-resources --namespaced=false`) for the groups the model covers.
    private static readonly HashSet<string> s_clusterScoped = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "ComponentStatus",
        "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "VolumeAttributesClass",
        "ClusterRole", "ClusterRoleBinding", "PriorityClass", "RuntimeClass", "IngressClass",
        "CustomResourceDefinition", "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
        "MutatingAdmissionPolicyBinding", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration",
        "IPAddress", "ServiceCIDR",
    };

    /// <summary>Whether objects of <paramref name="kind"/> have no namespace.</summary>
    public static bool IsClusterScoped(string kind) => s_clusterScoped.Contains(kind);
}
