namespace K8sTyped.ModelGen.Parsing;

/// <summary>
/// The allowed values of string fields whose Go type is marked <c>+enum</c> in k8s.io/api (core/v1, apps/v1, batch/v1,
/// storage/v1, discovery/v1, networking/v1, scheduling/v1) and k8s.io/apimachinery meta/v1.
/// The OpenAPI document drops this information, so it is curated here; for a list of strings the values apply to its
/// items. The parser rejects an entry whose definition or property does not exist, so the catalogue cannot drift
/// silently from the document.
/// </summary>
internal static class EnumCatalog
{
    private const string Core = "io.k8s.api.core.v1.";
    private const string Apps = "io.k8s.api.apps.v1.";
    private const string Batch = "io.k8s.api.batch.v1.";
    private const string Storage = "io.k8s.api.storage.v1.";
    private const string Discovery = "io.k8s.api.discovery.v1.";
    private const string Networking = "io.k8s.api.networking.v1.";
    private const string Scheduling = "io.k8s.api.scheduling.v1.";
    private const string Meta = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    // One array per Go enum type, so a field's values can be checked against the type it is declared with.
    private static readonly string[] RestartPolicy = ["Always", "OnFailure", "Never"];
    // ContainerRestartPolicy: "Always" makes an init container a sidecar; since container restart rules (KEP-5307), whose
    // restartPolicyRules field is in this document, a regular container may also override the pod's policy.
    private static readonly string[] ContainerRestartPolicy = ["Always", "OnFailure", "Never"];
    private static readonly string[] PullPolicy = ["Always", "Never", "IfNotPresent"];
    private static readonly string[] Protocol = ["TCP", "UDP", "SCTP"];
    private static readonly string[] ServiceType = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];
    private static readonly string[] ServiceAffinity = ["ClientIP", "None"];
    private static readonly string[] ServiceTrafficPolicy = ["Cluster", "Local"];
    private static readonly string[] IPFamily = ["IPv4", "IPv6"];
    private static readonly string[] IPFamilyPolicy = ["SingleStack", "PreferDualStack", "RequireDualStack"];
    private static readonly string[] AddressType = ["IPv4", "IPv6", "FQDN"];
    private static readonly string[] AccessMode = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];
    private static readonly string[] ReclaimPolicy = ["Retain", "Delete", "Recycle"];
    private static readonly string[] VolumeMode = ["Block", "Filesystem"];
    private static readonly string[] HostPathType =
        ["", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"];
    private static readonly string[] PodManagementPolicy = ["OrderedReady", "Parallel"];
    private static readonly string[] UpdateStrategyType = ["RollingUpdate", "OnDelete"];
    private static readonly string[] ClaimRetentionPolicy = ["Retain", "Delete"];
    private static readonly string[] DeploymentStrategyType = ["Recreate", "RollingUpdate"];
    private static readonly string[] VolumeBindingMode = ["Immediate", "WaitForFirstConsumer"];
    private static readonly string[] DnsPolicy = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
    private static readonly string[] TerminationMessagePolicy = ["File", "FallbackToLogsOnError"];
    private static readonly string[] MountPropagation = ["None", "HostToContainer", "Bidirectional"];
    private static readonly string[] TaintEffect = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
    // Lt and Gt are new in 1.35 (feature gate TaintTolerationComparisonOperators); the 1.36 description lists them.
    private static readonly string[] TolerationOperator = ["Exists", "Equal", "Lt", "Gt"];
    private static readonly string[] NodeSelectorOperator = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];
    private static readonly string[] LabelSelectorOperator = ["In", "NotIn", "Exists", "DoesNotExist"];
    private static readonly string[] UriScheme = ["HTTP", "HTTPS"];
    private static readonly string[] ConcurrencyPolicy = ["Allow", "Forbid", "Replace"];
    private static readonly string[] CompletionMode = ["NonIndexed", "Indexed"];
    private static readonly string[] PreemptionPolicy = ["PreemptLowerPriority", "Never"];
    private static readonly string[] OSName = ["linux", "windows"];

    /// <summary>The entries: definition, property, allowed values.</summary>
    public static IReadOnlyList<(string Definition, string Property, IReadOnlyList<string> Values)> Entries { get; } =
    [
        (Core + "PodSpec", "restartPolicy", RestartPolicy),
        (Core + "PodSpec", "dnsPolicy", DnsPolicy),
        (Core + "PodSpec", "preemptionPolicy", PreemptionPolicy),
        (Core + "PodOS", "name", OSName),
        (Core + "Container", "restartPolicy", ContainerRestartPolicy),
        (Core + "Container", "imagePullPolicy", PullPolicy),
        (Core + "Container", "terminationMessagePolicy", TerminationMessagePolicy),
        (Core + "EphemeralContainer", "imagePullPolicy", PullPolicy),
        (Core + "EphemeralContainer", "terminationMessagePolicy", TerminationMessagePolicy),
        (Core + "VolumeMount", "mountPropagation", MountPropagation),
        (Core + "HTTPGetAction", "scheme", UriScheme),
        (Core + "ContainerPort", "protocol", Protocol),
        (Core + "ServicePort", "protocol", Protocol),
        (Core + "EndpointPort", "protocol", Protocol),
        (Core + "PortStatus", "protocol", Protocol),
        (Discovery + "EndpointPort", "protocol", Protocol),
        (Discovery + "EndpointSlice", "addressType", AddressType),
        (Networking + "NetworkPolicyPort", "protocol", Protocol),
        (Core + "ServiceSpec", "type", ServiceType),
        (Core + "ServiceSpec", "sessionAffinity", ServiceAffinity),
        (Core + "ServiceSpec", "externalTrafficPolicy", ServiceTrafficPolicy),
        (Core + "ServiceSpec", "internalTrafficPolicy", ServiceTrafficPolicy),
        (Core + "ServiceSpec", "ipFamilies", IPFamily),
        (Core + "ServiceSpec", "ipFamilyPolicy", IPFamilyPolicy),
        (Core + "PersistentVolumeSpec", "accessModes", AccessMode),
        (Core + "PersistentVolumeSpec", "persistentVolumeReclaimPolicy", ReclaimPolicy),
        (Core + "PersistentVolumeSpec", "volumeMode", VolumeMode),
        (Core + "PersistentVolumeClaimSpec", "accessModes", AccessMode),
        (Core + "PersistentVolumeClaimSpec", "volumeMode", VolumeMode),
        (Core + "PersistentVolumeClaimStatus", "accessModes", AccessMode),
        (Core + "HostPathVolumeSource", "type", HostPathType),
        (Core + "Taint", "effect", TaintEffect),
        (Core + "Toleration", "effect", TaintEffect),
        (Core + "Toleration", "operator", TolerationOperator),
        (Core + "NodeSelectorRequirement", "operator", NodeSelectorOperator),
        (Meta + "LabelSelectorRequirement", "operator", LabelSelectorOperator),
        (Storage + "StorageClass", "reclaimPolicy", ReclaimPolicy),
        (Storage + "StorageClass", "volumeBindingMode", VolumeBindingMode),
        (Apps + "StatefulSetSpec", "podManagementPolicy", PodManagementPolicy),
        (Apps + "StatefulSetUpdateStrategy", "type", UpdateStrategyType),
        (Apps + "StatefulSetPersistentVolumeClaimRetentionPolicy", "whenDeleted", ClaimRetentionPolicy),
        (Apps + "StatefulSetPersistentVolumeClaimRetentionPolicy", "whenScaled", ClaimRetentionPolicy),
        (Apps + "DaemonSetUpdateStrategy", "type", UpdateStrategyType),
        (Apps + "DeploymentStrategy", "type", DeploymentStrategyType),
        (Batch + "CronJobSpec", "concurrencyPolicy", ConcurrencyPolicy),
        (Batch + "JobSpec", "completionMode", CompletionMode),
        (Scheduling + "PriorityClass", "preemptionPolicy", PreemptionPolicy),
    ];
}
