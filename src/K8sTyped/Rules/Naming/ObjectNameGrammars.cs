using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// Which grammar the API server applies to metadata.name, per kind. Kinds not listed use a DNS-1123 subdomain, the
/// API server's default (Pod, ConfigMap, Secret, PersistentVolume, PersistentVolumeClaim, StorageClass, Deployment…).
/// </summary>
internal static class ObjectNameGrammars
{
    private static readonly ObjectNameGrammar s_subdomain = new("a DNS-1123 subdomain", KubernetesNames.CheckDns1123Subdomain, NearestKubernetesNames.Dns1123Subdomain);

    private static readonly Dictionary<string, ObjectNameGrammar> s_byKind = new(StringComparer.Ordinal)
    {
        // ValidateServiceName (core validation): the name becomes a DNS label and an environment variable prefix.
        ["Service"] = new("a DNS-1035 label", KubernetesNames.CheckDns1035Label, NearestKubernetesNames.Dns1035Label),
        // ValidateNamespaceName: the namespace becomes a DNS label in <svc>.<namespace>.svc.
        ["Namespace"] = new("a DNS-1123 label", KubernetesNames.CheckDns1123Label, NearestKubernetesNames.Dns1123Label),
        // The pods' hostnames are <name>-<ordinal> and must be labels; recent API servers check the label directly.
        ["StatefulSet"] = new("a DNS-1123 label", KubernetesNames.CheckDns1123Label, NearestKubernetesNames.Dns1123Label),
        // ValidateCronJob: the controller appends an 11-character suffix to make Job names of at most 63 characters.
        ["CronJob"] = new("a DNS-1123 subdomain of at most 52 characters", name =>
            name.Length > 52 ? "must be no more than 52 characters" : KubernetesNames.CheckDns1123Subdomain(name),
            name => NearestKubernetesNames.Dns1123Subdomain(name) is { } nearest && nearest.Length > 52 ? nearest.Substring(0, 52).TrimEnd('-', '.') : NearestKubernetesNames.Dns1123Subdomain(name)),
        // ValidateRBACName: RBAC names are only URL path segments ("system:controller:foo" is fine).
        ["Role"] = PathSegment(),
        ["ClusterRole"] = PathSegment(),
        ["RoleBinding"] = PathSegment(),
        ["ClusterRoleBinding"] = PathSegment(),
    };

    /// <summary>The grammar of <paramref name="kind"/>'s names.</summary>
    public static ObjectNameGrammar For(string kind) => s_byKind.TryGetValue(kind, out var grammar) ? grammar : s_subdomain;

    private static ObjectNameGrammar PathSegment() => new("a path segment name", KubernetesNames.CheckPathSegmentName, static _ => null);
}
