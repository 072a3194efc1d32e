using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Storage;

/// <summary>Valid storage objects for the storage rule tests; each test breaks the one field its rule looks at.</summary>
internal static class StorageObjects
{
    public static V1PersistentVolumeClaim Claim(string name, string storage = "10Gi", params string[] accessModes) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = ClaimSpec(storage, accessModes),
    };

    public static V1PersistentVolumeClaimSpec ClaimSpec(string storage = "10Gi", params string[] accessModes) => new()
    {
        AccessModes = accessModes.Length == 0 ? ["ReadWriteOnce"] : [.. accessModes],
        Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = storage } },
    };

    /// <summary>A StatefulSet with one claim template per spec, named data-0, data-1...</summary>
    public static V1StatefulSet StatefulSet(string name, params V1PersistentVolumeClaimSpec[] templates) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1StatefulSetSpec
        {
            ServiceName = name,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = "busybox" }] },
            },
            VolumeClaimTemplates = templates
                .Select((spec, i) => new V1PersistentVolumeClaim { Metadata = new V1ObjectMeta { Name = $"data-{i}" }, Spec = spec })
                .ToList(),
        },
    };

    /// <summary>A Pod with the given volumes.</summary>
    public static V1Pod Pod(string name, params V1Volume[] volumes) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = "busybox" }], Volumes = [.. volumes] },
    };

    /// <summary>A 10Gi ReadWriteOnce csi volume with the Retain policy; <paramref name="configure"/> changes it.</summary>
    public static V1PersistentVolume Volume(string name, Action<V1PersistentVolumeSpec>? configure = null)
    {
        var spec = new V1PersistentVolumeSpec
        {
            AccessModes = ["ReadWriteOnce"],
            Capacity = new Dictionary<string, Quantity> { ["storage"] = "10Gi" },
            PersistentVolumeReclaimPolicy = "Retain",
            Csi = new V1CSIPersistentVolumeSource { Driver = "ebs.csi.aws.com", VolumeHandle = "vol-0123456789abcdef0" },
        };
        configure?.Invoke(spec);
        return new V1PersistentVolume { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    /// <summary>A volume whose only source is hostPath <paramref name="path"/>.</summary>
    public static V1PersistentVolume HostPathVolume(string name, string path, string reclaimPolicy = "Retain") => Volume(name, spec =>
    {
        spec.Csi = null;
        spec.HostPath = new V1HostPathVolumeSource { Path = path };
        spec.PersistentVolumeReclaimPolicy = reclaimPolicy;
    });

    public static V1StorageClass StorageClass(string name, Action<V1StorageClass>? configure = null)
    {
        var storageClass = new V1StorageClass
        {
            Metadata = new V1ObjectMeta { Name = name },
            Provisioner = "ebs.csi.aws.com",
            ReclaimPolicy = "Delete",
            VolumeBindingMode = "WaitForFirstConsumer",
        };
        configure?.Invoke(storageClass);
        return storageClass;
    }
}
