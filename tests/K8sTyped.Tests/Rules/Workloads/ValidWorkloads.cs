using K8sTyped.Models;

namespace K8sTyped.Tests.Rules.Workloads;

/// <summary>Workloads the API server accepts, selecting app=&lt;name&gt;; each test breaks exactly what it is about.</summary>
internal static class ValidWorkloads
{
    public static V1StatefulSet StatefulSet(string name = "db", Action<V1StatefulSetSpec>? change = null)
    {
        var spec = new V1StatefulSetSpec
        {
            Replicas = 3,
            ServiceName = name,
            Selector = Selector(name),
            Template = Template(name),
        };
        change?.Invoke(spec);
        return new V1StatefulSet { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1Deployment Deployment(string name = "web", Action<V1DeploymentSpec>? change = null)
    {
        var spec = new V1DeploymentSpec { Replicas = 2, Selector = Selector(name), Template = Template(name) };
        change?.Invoke(spec);
        return new V1Deployment { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1ReplicaSet ReplicaSet(string name = "cache", Action<V1ReplicaSetSpec>? change = null)
    {
        var spec = new V1ReplicaSetSpec { Replicas = 2, Selector = Selector(name), Template = Template(name) };
        change?.Invoke(spec);
        return new V1ReplicaSet { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1DaemonSet DaemonSet(string name = "agent", Action<V1DaemonSetSpec>? change = null)
    {
        var spec = new V1DaemonSetSpec { Selector = Selector(name), Template = Template(name) };
        change?.Invoke(spec);
        return new V1DaemonSet { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1Job Job(string name = "migrate", Action<V1JobSpec>? change = null)
    {
        var template = Template(name);
        template.Spec!.RestartPolicy = "OnFailure";
        var spec = new V1JobSpec { Template = template };
        change?.Invoke(spec);
        return new V1Job { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1Pod Pod(string name = "debug", Action<V1PodSpec>? change = null)
    {
        var spec = PodSpec();
        change?.Invoke(spec);
        return new V1Pod { Metadata = new V1ObjectMeta { Name = name }, Spec = spec };
    }

    public static V1LabelSelector Selector(string app) =>
        new() { MatchLabels = new Dictionary<string, string> { ["app"] = app } };

    public static V1PodTemplateSpec Template(string app) => new()
    {
        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = app } },
        Spec = PodSpec(),
    };

    public static V1PodSpec PodSpec() => new()
    {
        Containers = [Container("main")],
    };

    public static V1Container Container(string name, params V1ContainerPort[] ports) => new()
    {
        Name = name,
        Image = "registry.example/app:1.0",
        Ports = [.. ports],
    };
}
