using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Naming;

/// <summary>
/// A small, valid MariaDB application (StatefulSet, headless Service, claim) that the naming and schema tests break
/// one field at a time, so each failing test proves exactly one finding.
/// </summary>
internal static class ValidObjects
{
    public static V1StatefulSet StatefulSet(string name = "mariadb") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Namespace = "database", Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "mariadb" } },
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
                            Name = "mariadb",
                            Image = "mariadb:11.4",
                            Ports = [new V1ContainerPort { Name = "mysql", ContainerPort = 3306 }],
                            ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = "mysql" } },
                            VolumeMounts = [new V1VolumeMount { Name = "data", MountPath = "/var/lib/mysql" }],
                        },
                    ],
                    Volumes = [new V1Volume { Name = "config", ConfigMap = new V1ConfigMapVolumeSource { Name = "mariadb-config" } }],
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
                        Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = Quantity.Parse("10Gi") } },
                    },
                },
            ],
        },
    };

    public static V1Service Service(string name = "mariadb") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Namespace = "database" },
        Spec = new V1ServiceSpec
        {
            ClusterIP = "None",
            Selector = new Dictionary<string, string> { ["app"] = "mariadb" },
            Ports = [new V1ServicePort { Name = "mysql", Port = 3306, TargetPort = "mysql" }],
        },
    };

    public static V1PersistentVolumeClaim Claim(string name = "backup") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Namespace = "database" },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteOnce"],
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = Quantity.Parse("5Gi") } },
        },
    };

    public static V1PodSpec PodSpec(V1StatefulSet set) => set.Spec!.Template!.Spec!;

    public static V1Container Container(V1StatefulSet set) => PodSpec(set).Containers![0];
}
