using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Graph;

/// <summary>Small, otherwise valid objects for the graph rule tests; each test changes what it is about.</summary>
internal static class GraphObjects
{
    public static Dictionary<string, string> Labels(params string[] pairs) =>
        pairs.Select(p => p.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]);

    public static V1ObjectMeta Meta(string name, string? @namespace = null, Dictionary<string, string>? labels = null) =>
        new() { Name = name, Namespace = @namespace, Labels = labels };

    public static V1Container Container(string name, params V1VolumeMount[] mounts) =>
        new() { Name = name, Image = "mariadb:11.4", VolumeMounts = mounts.Length == 0 ? null : [.. mounts] };

    public static V1VolumeMount Mount(string volume, string path = "/data") => new() { Name = volume, MountPath = path };

    public static V1Volume EmptyDir(string name) => new() { Name = name, EmptyDir = new V1EmptyDirVolumeSource() };

    public static V1PersistentVolumeClaim ClaimTemplate(string name, string? storageClassName = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteOnce"],
            StorageClassName = storageClassName,
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = Quantity.Parse("1Gi") } },
        },
    };

    public static V1PodSpec PodSpec(params V1Container[] containers) => new() { Containers = [.. containers] };

    public static V1StatefulSet StatefulSet(
        string name, string? serviceName = null, string? @namespace = null, V1PodSpec? pod = null,
        V1PersistentVolumeClaim[]? claimTemplates = null, int? replicas = null, Dictionary<string, string>? labels = null)
    {
        labels ??= Labels($"app={name}");
        return new V1StatefulSet
        {
            Metadata = Meta(name, @namespace),
            Spec = new V1StatefulSetSpec
            {
                ServiceName = serviceName,
                Replicas = replicas,
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(labels) },
                Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = labels }, Spec = pod ?? PodSpec(Container("main")) },
                VolumeClaimTemplates = claimTemplates is null ? null : [.. claimTemplates],
            },
        };
    }

    public static V1Deployment Deployment(string name, V1PodSpec? pod = null, string? @namespace = null, Dictionary<string, string>? labels = null)
    {
        labels ??= Labels($"app={name}");
        return new V1Deployment
        {
            Metadata = Meta(name, @namespace),
            Spec = new V1DeploymentSpec
            {
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(labels) },
                Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = labels }, Spec = pod ?? PodSpec(Container("main")) },
            },
        };
    }

    public static V1CronJob CronJob(string name, V1PodSpec pod, string? @namespace = null) => new()
    {
        Metadata = Meta(name, @namespace),
        Spec = new V1CronJobSpec
        {
            Schedule = "0 3 * * *",
            JobTemplate = new V1JobTemplateSpec
            {
                Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = Labels($"app={name}") }, Spec = pod } },
            },
        },
    };

    public static V1Service Service(string name, Dictionary<string, string>? selector = null, string? clusterIP = "None", string? @namespace = null) => new()
    {
        Metadata = Meta(name, @namespace),
        Spec = new V1ServiceSpec
        {
            ClusterIP = clusterIP,
            Selector = selector ?? Labels($"app={name}"),
            Ports = [new V1ServicePort { Name = "db", Port = 3306 }],
        },
    };
}
