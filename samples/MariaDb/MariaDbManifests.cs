using System.Text;
using K8sTyped;
using K8sTyped.Models;

namespace MariaDb;

/// <summary>
/// The replicated MariaDB application written against the typed model: a namespace, the root password Secret,
/// the headless Service that gives each replica a stable DNS name, and a StatefulSet of three with one
/// 250Mi ReadWriteOnce claim per replica. (The fluent DSL will make this much shorter.)
/// </summary>
public static class MariaDbManifests
{
    private const string TargetNamespace = "database";
    private const string Name = "mariadb";
    private const string DataVolume = "mariadb-data";

    public static IReadOnlyList<IKubernetesObject> Build()
    {
        var labels = new Dictionary<string, string> { ["app"] = Name };

        var ns = new V1Namespace { Metadata = new V1ObjectMeta { Name = TargetNamespace } };

        var secret = new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "mariadb-secret", Namespace = TargetNamespace },
            Type = "Opaque",
            Data = new Dictionary<string, byte[]> { ["root-password"] = Encoding.UTF8.GetBytes("change-me") },
        };

        var service = new V1Service
        {
            Metadata = new V1ObjectMeta { Name = Name, Namespace = TargetNamespace, Labels = labels },
            Spec = new V1ServiceSpec
            {
                ClusterIP = "None",
                PublishNotReadyAddresses = true,
                Selector = labels,
                Ports = [new V1ServicePort { Name = "mysql", Port = 3306, TargetPort = "mysql" }],
            },
        };

        var statefulSet = new V1StatefulSet
        {
            Metadata = new V1ObjectMeta { Name = Name, Namespace = TargetNamespace },
            Spec = new V1StatefulSetSpec
            {
                ServiceName = service.Metadata.Name,
                Replicas = 3,
                PodManagementPolicy = "OrderedReady",
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        TerminationGracePeriodSeconds = 30,
                        Containers =
                        [
                            new V1Container
                            {
                                Name = Name,
                                Image = "mariadb:11.4",
                                Ports = [new V1ContainerPort { Name = "mysql", ContainerPort = 3306 }],
                                Env =
                                [
                                    new V1EnvVar
                                    {
                                        Name = "MARIADB_ROOT_PASSWORD",
                                        ValueFrom = new V1EnvVarSource
                                        {
                                            SecretKeyRef = new V1SecretKeySelector { Name = secret.Metadata.Name, Key = "root-password" },
                                        },
                                    },
                                ],
                                Resources = new V1ResourceRequirements
                                {
                                    Requests = new Dictionary<string, Quantity> { ["cpu"] = "250m", ["memory"] = "512Mi" },
                                    Limits = new Dictionary<string, Quantity> { ["memory"] = "1Gi" },
                                },
                                ReadinessProbe = new V1Probe
                                {
                                    Exec = new V1ExecAction { Command = ["healthcheck.sh", "--connect", "--innodb_initialized"] },
                                    InitialDelaySeconds = 10,
                                    PeriodSeconds = 5,
                                },
                                VolumeMounts = [new V1VolumeMount { Name = DataVolume, MountPath = "/var/lib/mysql" }],
                            },
                        ],
                    },
                },
                VolumeClaimTemplates =
                [
                    new V1PersistentVolumeClaim
                    {
                        Metadata = new V1ObjectMeta { Name = DataVolume },
                        Spec = new V1PersistentVolumeClaimSpec
                        {
                            AccessModes = ["ReadWriteOnce"],
                            Resources = new V1VolumeResourceRequirements
                            {
                                Requests = new Dictionary<string, Quantity> { ["storage"] = "250Mi" },
                            },
                        },
                    },
                ],
            },
        };

        return [ns, secret, service, statefulSet];
    }
}
