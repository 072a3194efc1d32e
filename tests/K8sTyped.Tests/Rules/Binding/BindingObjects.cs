using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Binding;

/// <summary>Terse builders for the volumes, claims and classes the binding tests combine.</summary>
internal static class BindingObjects
{
    public const string Rwo = "ReadWriteOnce";
    public const string Rox = "ReadOnlyMany";
    public const string Rwx = "ReadWriteMany";

    public static V1PersistentVolume Pv(
        string name,
        string size,
        string[]? modes = null,
        string? storageClass = null,
        Dictionary<string, string>? labels = null,
        Dictionary<string, string>? annotations = null,
        string? volumeMode = null,
        V1ObjectReference? claimRef = null,
        bool local = false) => new()
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = labels, Annotations = annotations },
            Spec = new V1PersistentVolumeSpec
            {
                Capacity = new Dictionary<string, Quantity> { ["storage"] = size },
                AccessModes = modes ?? [Rwo],
                StorageClassName = storageClass,
                VolumeMode = volumeMode,
                ClaimRef = claimRef,
                HostPath = local ? null : new V1HostPathVolumeSource { Path = "/data/" + name },
                Local = local ? new V1LocalVolumeSource { Path = "/mnt/" + name } : null,
                NodeAffinity = local
                    ? new V1VolumeNodeAffinity
                    {
                        Required = new V1NodeSelector
                        {
                            NodeSelectorTerms =
                            [
                                new V1NodeSelectorTerm
                                {
                                    MatchExpressions = [new V1NodeSelectorRequirement { Key = "kubernetes.io/hostname", Operator = "In", Values = ["node-1"] }],
                                },
                            ],
                        },
                    }
                    : null,
            },
        };

    public static V1PersistentVolumeClaimSpec ClaimSpec(
        string size,
        string[]? modes = null,
        string? storageClass = null,
        string? volumeName = null,
        string? volumeMode = null,
        V1LabelSelector? selector = null) => new()
        {
            AccessModes = modes ?? [Rwo],
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = size } },
            StorageClassName = storageClass,
            VolumeName = volumeName,
            VolumeMode = volumeMode,
            Selector = selector,
        };

    public static V1PersistentVolumeClaim Pvc(string name, V1PersistentVolumeClaimSpec spec, Dictionary<string, string>? annotations = null, string @namespace = "shop") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Namespace = @namespace, Annotations = annotations },
        Spec = spec,
    };

    public static V1PersistentVolumeClaim Pvc(string name, string size, string[]? modes = null, string? storageClass = null, string? volumeName = null) =>
        Pvc(name, ClaimSpec(size, modes, storageClass, volumeName));

    public static V1StatefulSet StatefulSet(string name, int replicas, string templateName, V1PersistentVolumeClaimSpec spec, string @namespace = "shop") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Namespace = @namespace },
        Spec = new V1StatefulSetSpec
        {
            Replicas = replicas,
            ServiceName = name,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new V1PodSpec
                {
                    Containers = [new V1Container { Name = "main", Image = "busybox", VolumeMounts = [new V1VolumeMount { Name = templateName, MountPath = "/data" }] }],
                },
            },
            VolumeClaimTemplates = [new V1PersistentVolumeClaim { Metadata = new V1ObjectMeta { Name = templateName }, Spec = spec }],
        },
    };

    public static V1StorageClass StorageClass(string name, string provisioner, bool isDefault = false, string bindingMode = "Immediate") => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            Annotations = isDefault ? new Dictionary<string, string> { ["storageclass.kubernetes.io/is-default-class"] = "true" } : null,
        },
        Provisioner = provisioner,
        VolumeBindingMode = bindingMode,
    };

    public static V1Pod PodMounting(string name, string claimName, string @namespace = "shop") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Namespace = @namespace },
        Spec = new V1PodSpec
        {
            Containers = [new V1Container { Name = "main", Image = "busybox", VolumeMounts = [new V1VolumeMount { Name = "data", MountPath = "/data" }] }],
            Volumes = [new V1Volume { Name = "data", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = claimName } }],
        },
    };

    public static V1ObjectReference ClaimRef(string name, string @namespace = "shop", string? uid = null) =>
        new() { Kind = "PersistentVolumeClaim", Name = name, Namespace = @namespace, Uid = uid };

    /// <summary>A volume as <c>kubectl get pv -o yaml</c> shows it: with a phase, and a deletion mark when asked.</summary>
    public static V1PersistentVolume InPhase(V1PersistentVolume volume, string phase, bool beingDeleted = false)
    {
        volume.Status = new V1PersistentVolumeStatus { Phase = phase };
        if (beingDeleted) volume.Metadata!.DeletionTimestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        return volume;
    }

    /// <summary>A StorageClass created in <paramref name="year"/>, as the cluster reports it.</summary>
    public static V1StorageClass CreatedAt(V1StorageClass storageClass, int year)
    {
        storageClass.Metadata!.CreationTimestamp = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return storageClass;
    }

    /// <summary>A live claim with a UID, as it exists in the cluster.</summary>
    public static V1PersistentVolumeClaim Live(V1PersistentVolumeClaim claim, string uid)
    {
        claim.Metadata!.Uid = uid;
        return claim;
    }
}
