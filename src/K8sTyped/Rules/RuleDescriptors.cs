namespace K8sTyped.Rules;

/// <summary>
/// Every rule's descriptor, in one place so ids stay unique and the docs, release tracking and analyzers can list them.
/// KT0xxx engine, KT10xx names, KT11xx schema, KT12xx workloads, KT13xx storage, KT14xx services and config,
/// KT20xx references across the graph, KT30xx claim binding, KT40xx changes to what is deployed.
/// </summary>
public static class RuleDescriptors
{
    private const string Engine = "Engine";
    private const string Naming = "Naming";
    private const string Schema = "Schema";
    private const string Workload = "Workload";
    private const string Storage = "Storage";
    private const string Service = "Service";
    private const string Graph = "Graph";
    private const string Binding = "Binding";
    private const string Change = "Change";

    /// <summary>KT0001: a rule failed; the others still ran.</summary>
    public static RuleDescriptor RuleFailure { get; } = new("KT0001", "A rule failed and was skipped", Severity.Warning, Engine);

    /// <summary>KT0002: a value given to the DSL could not be used (an invalid quantity, say).</summary>
    public static RuleDescriptor InvalidDslValue { get; } = new("KT0002", "A value given to the DSL is invalid", Severity.Error, Engine);

    /// <summary>KT1001: metadata.name does not follow its kind's rule (DNS-1123 label or subdomain, DNS-1035 label).</summary>
    public static RuleDescriptor InvalidObjectName { get; } = new("KT1001", "Object name is invalid for its kind", Severity.Error, Naming);

    /// <summary>KT1002: the StatefulSet name is too long for its pods' hostnames or its controller-revision-hash label.</summary>
    public static RuleDescriptor StatefulSetNameTooLong { get; } = new("KT1002", "StatefulSet name is too long for its pods", Severity.Error, Naming);

    /// <summary>KT1003: a label key or value (metadata, selector or template) is invalid.</summary>
    public static RuleDescriptor InvalidLabel { get; } = new("KT1003", "Label key or value is invalid", Severity.Error, Naming);

    /// <summary>KT1004: a container port name or named targetPort is not an IANA service name, or a Service port name is not a DNS label.</summary>
    public static RuleDescriptor InvalidPortName { get; } = new("KT1004", "Port name is invalid", Severity.Error, Naming);

    /// <summary>KT1005: a port number is outside 1–65535.</summary>
    public static RuleDescriptor PortOutOfRange { get; } = new("KT1005", "Port number is out of range", Severity.Error, Naming);

    /// <summary>KT1006: a volume, container, claim-template, hostname or subdomain name is not a DNS-1123 label.</summary>
    public static RuleDescriptor InvalidMemberName { get; } = new("KT1006", "Volume, container or claim template name is invalid", Severity.Error, Naming);

    /// <summary>KT1101: a field the API requires is missing.</summary>
    public static RuleDescriptor RequiredFieldMissing { get; } = new("KT1101", "Required field is missing", Severity.Error, Schema);

    /// <summary>KT1102: a field holds a value its enum does not allow.</summary>
    public static RuleDescriptor ValueNotAllowed { get; } = new("KT1102", "Value is not one the API accepts", Severity.Error, Schema);

    /// <summary>KT1103: a storage quantity uses the milli suffix (500m bytes is half a byte).</summary>
    public static RuleDescriptor MilliStorageQuantity { get; } = new("KT1103", "Storage quantity uses milli units", Severity.Warning, Schema);

    /// <summary>KT1201: a workload count (replicas, minReadySeconds, ordinals.start, partition, revisionHistoryLimit, progressDeadlineSeconds) is negative or inconsistent.</summary>
    public static RuleDescriptor NegativeCount { get; } = new("KT1201", "Count must not be negative", Severity.Error, Workload);

    /// <summary>KT1202: the workload's selector is missing, empty, or does not match its pod template's labels.</summary>
    public static RuleDescriptor SelectorMismatch { get; } = new("KT1202", "Selector is missing, empty or does not match the template labels", Severity.Error, Workload);

    /// <summary>KT1203: the pod template of a StatefulSet, Deployment, ReplicaSet or DaemonSet sets a restartPolicy other than Always, or activeDeadlineSeconds.</summary>
    public static RuleDescriptor WorkloadPodPolicy { get; } = new("KT1203", "Workload pods must restart Always and have no deadline", Severity.Error, Workload);

    /// <summary>KT1204: the update strategy is inconsistent (rollingUpdate with OnDelete, maxUnavailable of 0).</summary>
    public static RuleDescriptor InvalidUpdateStrategy { get; } = new("KT1204", "Update strategy is inconsistent", Severity.Error, Workload);

    /// <summary>KT1205: duplicate container, volume or port names, or a mountPath used twice in one container.</summary>
    public static RuleDescriptor DuplicateInPod { get; } = new("KT1205", "Name or mount path is duplicated in a pod", Severity.Error, Workload);

    /// <summary>KT1301: a claim or claim template has no access modes.</summary>
    public static RuleDescriptor ClaimWithoutAccessModes { get; } = new("KT1301", "Claim has no access modes", Severity.Error, Storage);

    /// <summary>KT1302: a claim or claim template has no storage request greater than zero.</summary>
    public static RuleDescriptor ClaimWithoutStorageRequest { get; } = new("KT1302", "Claim has no positive storage request", Severity.Error, Storage);

    /// <summary>KT1303: ReadWriteOncePod combined with another access mode.</summary>
    public static RuleDescriptor ReadWriteOncePodNotExclusive { get; } = new("KT1303", "ReadWriteOncePod must be the only access mode", Severity.Error, Storage);

    /// <summary>KT1304: a PersistentVolume has no volume source, or more than one.</summary>
    public static RuleDescriptor VolumeSourceCount { get; } = new("KT1304", "PersistentVolume must have exactly one volume source", Severity.Error, Storage);

    /// <summary>KT1305: a PersistentVolume has no storage capacity greater than zero, or other capacity keys.</summary>
    public static RuleDescriptor VolumeCapacity { get; } = new("KT1305", "PersistentVolume needs a positive storage capacity", Severity.Error, Storage);

    /// <summary>KT1306: a local PersistentVolume has no nodeAffinity.</summary>
    public static RuleDescriptor LocalVolumeWithoutNodeAffinity { get; } = new("KT1306", "Local PersistentVolume needs nodeAffinity", Severity.Error, Storage);

    /// <summary>KT1307: the Recycle reclaim policy is deprecated, and works only for nfs and hostPath.</summary>
    public static RuleDescriptor RecycleReclaimPolicy { get; } = new("KT1307", "Recycle reclaim policy is deprecated", Severity.Warning, Storage);

    /// <summary>KT1308: a StorageClass reclaimPolicy of Recycle is rejected.</summary>
    public static RuleDescriptor StorageClassRecycle { get; } = new("KT1308", "StorageClass reclaimPolicy cannot be Recycle", Severity.Error, Storage);

    /// <summary>KT1309: a hostPath PersistentVolume on a multi-node cluster pins data to one node.</summary>
    public static RuleDescriptor HostPathVolumeOnMultiNode { get; } = new("KT1309", "hostPath PersistentVolume on a multi-node cluster", Severity.Info, Storage);

    /// <summary>KT1310: awsElasticBlockStore uses the removed in-tree driver; use the EBS CSI driver.</summary>
    public static RuleDescriptor InTreeAwsElasticBlockStore { get; } = new("KT1310", "awsElasticBlockStore in-tree driver was removed", Severity.Warning, Storage);

    /// <summary>KT1311: the default-class annotation is present but not exactly "true".</summary>
    public static RuleDescriptor DefaultClassAnnotation { get; } = new("KT1311", "Default StorageClass annotation must be exactly \"true\"", Severity.Warning, Storage);

    /// <summary>KT1312: hostPath with Recycle on "/", or a hostPath path containing "..".</summary>
    public static RuleDescriptor InvalidHostPath { get; } = new("KT1312", "hostPath is invalid", Severity.Error, Storage);

    /// <summary>KT1401: a headless Service (clusterIP None) is not of type ClusterIP.</summary>
    public static RuleDescriptor HeadlessServiceType { get; } = new("KT1401", "Headless Service must be of type ClusterIP", Severity.Error, Service);

    /// <summary>KT1402: Service ports are missing, unnamed when several, or duplicated.</summary>
    public static RuleDescriptor ServicePorts { get; } = new("KT1402", "Service ports are missing, unnamed or duplicated", Severity.Error, Service);

    /// <summary>KT1403: a Secret carries literal data in source code.</summary>
    public static RuleDescriptor LiteralSecretData { get; } = new("KT1403", "Secret data is written in source", Severity.Warning, Service);

    /// <summary>KT2001: a StatefulSet's serviceName names no Service in its namespace.</summary>
    public static RuleDescriptor GoverningServiceMissing { get; } = new("KT2001", "StatefulSet serviceName names no Service", Severity.Warning, Graph);

    /// <summary>KT2002: the governing Service is not headless, so pods get no stable DNS records.</summary>
    public static RuleDescriptor GoverningServiceNotHeadless { get; } = new("KT2002", "Governing Service is not headless", Severity.Warning, Graph);

    /// <summary>KT2003: the governing Service's selector does not select the StatefulSet's pods.</summary>
    public static RuleDescriptor GoverningServiceSelectsOtherPods { get; } = new("KT2003", "Governing Service does not select the StatefulSet's pods", Severity.Warning, Graph);

    /// <summary>KT2004: a Service's selector selects no pods of the manifests.</summary>
    public static RuleDescriptor ServiceSelectsNothing { get; } = new("KT2004", "Service selects no pods", Severity.Warning, Graph);

    /// <summary>KT2005: a volumeMount names no pod volume and no claim template.</summary>
    public static RuleDescriptor MountWithoutVolume { get; } = new("KT2005", "Volume mount names no volume", Severity.Error, Graph);

    /// <summary>KT2006: a pod volume has the name of a claim template and is silently replaced by it.</summary>
    public static RuleDescriptor VolumeShadowedByClaimTemplate { get; } = new("KT2006", "Pod volume collides with a claim template", Severity.Warning, Graph);

    /// <summary>KT2007: a claim template is mounted by no container.</summary>
    public static RuleDescriptor UnusedClaimTemplate { get; } = new("KT2007", "Claim template is never mounted", Severity.Warning, Graph);

    /// <summary>KT2008: two objects have the same kind, namespace and name.</summary>
    public static RuleDescriptor DuplicateObject { get; } = new("KT2008", "Object is defined twice", Severity.Error, Graph);

    /// <summary>KT2009: more than one StorageClass is marked default.</summary>
    public static RuleDescriptor SeveralDefaultStorageClasses { get; } = new("KT2009", "More than one default StorageClass", Severity.Warning, Graph);

    /// <summary>KT2010: a reference to a Secret, ConfigMap, StorageClass, claim or Service that is neither in the manifests nor declared external.</summary>
    public static RuleDescriptor ReferenceOutsideManifests { get; } = new("KT2010", "Referenced object is not in the manifests", Severity.Info, Graph);

    /// <summary>KT3001: a claim no PersistentVolume can bind and no StorageClass can provision stays Pending forever.</summary>
    public static RuleDescriptor ClaimCannotBind { get; } = new("KT3001", "Claim can never be bound", Severity.Error, Binding);

    /// <summary>KT3002: two claims compete for the only PersistentVolume that fits them; one stays Pending.</summary>
    public static RuleDescriptor ClaimsCompeteForVolume { get; } = new("KT3002", "Claims compete for one PersistentVolume", Severity.Error, Binding);

    /// <summary>KT3003: a pre-bound claim (volumeName) or volume (claimRef) does not match its partner.</summary>
    public static RuleDescriptor PreBindingMismatch { get; } = new("KT3003", "Pre-bound claim and volume do not match", Severity.Error, Binding);

    /// <summary>KT3004: WaitForFirstConsumer delays binding until a pod is scheduled, which changes the outcome.</summary>
    public static RuleDescriptor WaitForFirstConsumerBinding { get; } = new("KT3004", "Binding waits for the first consumer", Severity.Info, Binding);

    /// <summary>KT1206: a required anti-affinity term or DoNotSchedule spread constraint does not select the pods it is written on.</summary>
    public static RuleDescriptor SpreadSelectorMissesOwnPods { get; } = new("KT1206", "Spreading selector does not select the workload's own pods", Severity.Warning, Workload);

    /// <summary>KT1207: required anti-affinity by hostname with more replicas than the cluster's nodes leaves pods Pending.</summary>
    public static RuleDescriptor AntiAffinityExceedsNodes { get; } = new("KT1207", "More replicas than nodes under required anti-affinity", Severity.Warning, Workload);

    /// <summary>KT1208: a non-root container mounts read-write a hostPath the kubelet creates as root, and cannot write it.</summary>
    public static RuleDescriptor NonRootHostPathWrite { get; } = new("KT1208", "Non-root container cannot write a hostPath the kubelet creates", Severity.Warning, Workload);

    /// <summary>KT2011: a pod's subdomain names no headless Service in its namespace, so its hostname gets no DNS record.</summary>
    public static RuleDescriptor PodSubdomainWithoutService { get; } = new("KT2011", "Pod hostname or subdomain has no headless Service", Severity.Warning, Graph);

    /// <summary>KT2012: a PodDisruptionBudget selects no pods.</summary>
    public static RuleDescriptor DisruptionBudgetSelectsNothing { get; } = new("KT2012", "PodDisruptionBudget selects no pods", Severity.Warning, Graph);

    /// <summary>KT2013: a PodDisruptionBudget selects the pods of several workloads.</summary>
    public static RuleDescriptor DisruptionBudgetSpansWorkloads { get; } = new("KT2013", "PodDisruptionBudget selects several workloads' pods", Severity.Warning, Graph);

    /// <summary>KT2014: a PodDisruptionBudget can never allow an eviction, so node drains block.</summary>
    public static RuleDescriptor DisruptionBudgetBlocksEvictions { get; } = new("KT2014", "PodDisruptionBudget never allows an eviction", Severity.Warning, Graph);

    /// <summary>KT3005: a claim's class is defined nowhere and no volume of that class fits it: Pending unless the cluster has the class.</summary>
    public static RuleDescriptor UnknownClassClaim { get; } = new("KT3005", "Claim's class is unknown and no volume of it fits", Severity.Info, Binding);
    /// <summary>KT4001: a StatefulSet field other than replicas, ordinals, template, updateStrategy, revisionHistoryLimit, the claim retention policy and minReadySeconds changed.</summary>
    public static RuleDescriptor StatefulSetImmutableFieldChanged { get; } = new("KT4001", "StatefulSet change the API server forbids", Severity.Warning, Change);

    /// <summary>KT4002: a PersistentVolumeClaim's spec changed other than by growing its request (or its volume attributes class).</summary>
    public static RuleDescriptor ClaimSpecChanged { get; } = new("KT4002", "Claim change the API server forbids", Severity.Warning, Change);

    /// <summary>KT4003: a PersistentVolume's source, volumeMode or (once set) nodeAffinity changed.</summary>
    public static RuleDescriptor PersistentVolumeChanged { get; } = new("KT4003", "PersistentVolume change the API server forbids", Severity.Warning, Change);

    /// <summary>KT4004: a StorageClass's provisioner, parameters, reclaimPolicy or volumeBindingMode changed.</summary>
    public static RuleDescriptor StorageClassChanged { get; } = new("KT4004", "StorageClass change the API server forbids", Severity.Warning, Change);

    /// <summary>KT4005: a Service becomes headless (clusterIP None) or stops being headless.</summary>
    public static RuleDescriptor ServiceHeadlessToggled { get; } = new("KT4005", "Service cannot switch between headless and a cluster IP", Severity.Warning, Change);

    /// <summary>KT4006: a claim (or claim template) grows, but its StorageClass does not allow volume expansion.</summary>
    public static RuleDescriptor ClaimGrowsWithoutExpansion { get; } = new("KT4006", "Claim grows but its StorageClass does not allow expansion", Severity.Warning, Change);

    /// <summary>
    /// Every descriptor, ordered by id. Listed by hand, not read by reflection (about 15 ms in a fresh process, paid by the
    /// analyzers' first use); a test checks that every descriptor above is listed once, in id order.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        RuleFailure,
        InvalidDslValue,
        InvalidObjectName,
        StatefulSetNameTooLong,
        InvalidLabel,
        InvalidPortName,
        PortOutOfRange,
        InvalidMemberName,
        RequiredFieldMissing,
        ValueNotAllowed,
        MilliStorageQuantity,
        NegativeCount,
        SelectorMismatch,
        WorkloadPodPolicy,
        InvalidUpdateStrategy,
        DuplicateInPod,
        SpreadSelectorMissesOwnPods,
        AntiAffinityExceedsNodes,
        NonRootHostPathWrite,
        ClaimWithoutAccessModes,
        ClaimWithoutStorageRequest,
        ReadWriteOncePodNotExclusive,
        VolumeSourceCount,
        VolumeCapacity,
        LocalVolumeWithoutNodeAffinity,
        RecycleReclaimPolicy,
        StorageClassRecycle,
        HostPathVolumeOnMultiNode,
        InTreeAwsElasticBlockStore,
        DefaultClassAnnotation,
        InvalidHostPath,
        HeadlessServiceType,
        ServicePorts,
        LiteralSecretData,
        GoverningServiceMissing,
        GoverningServiceNotHeadless,
        GoverningServiceSelectsOtherPods,
        ServiceSelectsNothing,
        MountWithoutVolume,
        VolumeShadowedByClaimTemplate,
        UnusedClaimTemplate,
        DuplicateObject,
        SeveralDefaultStorageClasses,
        ReferenceOutsideManifests,
        PodSubdomainWithoutService,
        DisruptionBudgetSelectsNothing,
        DisruptionBudgetSpansWorkloads,
        DisruptionBudgetBlocksEvictions,
        ClaimCannotBind,
        ClaimsCompeteForVolume,
        PreBindingMismatch,
        WaitForFirstConsumerBinding,
        UnknownClassClaim,
        StatefulSetImmutableFieldChanged,
        ClaimSpecChanged,
        PersistentVolumeChanged,
        StorageClassChanged,
        ServiceHeadlessToggled,
        ClaimGrowsWithoutExpansion,
    ];
}
