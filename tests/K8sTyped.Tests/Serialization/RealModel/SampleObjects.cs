using System.Text;
using K8sTyped.Models;

namespace K8sTyped.Tests.Serialization.RealModel;

/// <summary>A replicated database as users would build it with the generated model.</summary>
internal static class SampleObjects
{
    public static V1StatefulSet StatefulSet() => new()
    {
        Metadata = new V1ObjectMeta { Name = "mariadb", Namespace = "database", Labels = new Dictionary<string, string> { ["app"] = "mariadb" } },
        Spec = new V1StatefulSetSpec
        {
            ServiceName = "mariadb",
            Replicas = 3,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "mariadb" } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "mariadb" } },
                Spec = new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container
                        {
                            Image = "mariadb:11.4",
                            Name = "mariadb",
                            Ports = [new V1ContainerPort { ContainerPort = 3306, Name = "mysql" }],
                            VolumeMounts = [new V1VolumeMount { Name = "data", MountPath = "/var/lib/mysql" }, new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }],
                            Resources = new V1ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["memory"] = Quantity.Parse("512Mi"), ["cpu"] = Quantity.Parse("250m") } },
                        },
                    ],
                    Volumes = [new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() }],
                },
            },
            VolumeClaimTemplates =
            [
                new V1PersistentVolumeClaim
                {
                    Metadata = new V1ObjectMeta { Name = "data" },
                    Spec = new V1PersistentVolumeClaimSpec
                    {
                        AccessModes = ["ReadWriteOnce"],
                        Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = Quantity.Parse("250Mi") } },
                    },
                },
            ],
        },
    };

    public static V1Service HeadlessService() => new()
    {
        Metadata = new V1ObjectMeta { Name = "mariadb", Namespace = "database" },
        Spec = new V1ServiceSpec
        {
            ClusterIP = "None",
            Selector = new Dictionary<string, string> { ["app"] = "mariadb" },
            Ports = [new V1ServicePort { Name = "mysql", Port = 3306, TargetPort = new IntOrString("mysql") }, new V1ServicePort { Name = "metrics", Port = 9104, TargetPort = new IntOrString(9104) }],
        },
    };

    public static V1PersistentVolume HostPathVolume() => new()
    {
        Metadata = new V1ObjectMeta { Name = "pv-log" },
        Spec = new V1PersistentVolumeSpec
        {
            Capacity = new Dictionary<string, Quantity> { ["storage"] = Quantity.Parse("100Mi") },
            AccessModes = ["ReadWriteMany"],
            PersistentVolumeReclaimPolicy = "Retain",
            HostPath = new V1HostPathVolumeSource { Path = "/pv/log", Type = "DirectoryOrCreate" },
        },
    };

    public static V1PersistentVolumeClaim Claim() => new()
    {
        Metadata = new V1ObjectMeta { Name = "claim-log", Namespace = "logs" },
        Spec = new V1PersistentVolumeClaimSpec
        {
            StorageClassName = "",
            AccessModes = ["ReadWriteMany"],
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = Quantity.Parse("50Mi") } },
        },
    };

    public static V1StorageClass StorageClass() => new()
    {
        Metadata = new V1ObjectMeta { Name = "fast" },
        Provisioner = "pd.csi.storage.gke.io",
        Parameters = new Dictionary<string, string> { ["type"] = "pd-ssd" },
        ReclaimPolicy = "Delete",
        VolumeBindingMode = "WaitForFirstConsumer",
        AllowVolumeExpansion = true,
    };

    public static V1Secret Secret() => new()
    {
        Metadata = new V1ObjectMeta { Name = "mariadb-secret", Namespace = "database" },
        Type = "Opaque",
        Data = new Dictionary<string, byte[]> { ["root-password"] = Encoding.UTF8.GetBytes("change-me"), ["blob"] = [0x00, 0xFF, 0x10] },
    };

    public static V1Namespace Namespace() => new() { Metadata = new V1ObjectMeta { Name = "database" } };

    /// <summary>Every sample, deliberately not in manifest order.</summary>
    public static IReadOnlyList<IKubernetesObject> All() =>
        [StatefulSet(), HeadlessService(), Secret(), Claim(), HostPathVolume(), StorageClass(), Namespace()];
}
