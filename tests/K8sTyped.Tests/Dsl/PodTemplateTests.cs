using K8sTyped.Models;

namespace K8sTyped.Tests.Dsl;

public class PodTemplateTests
{
    private static V1PodSpec PodSpec(Action<PodTemplate> configure) => Pod.Named("p").Spec(configure).Build().Spec!;

    [Fact]
    public void Containers_carry_command_args_ports_env_and_resources()
    {
        var config = ConfigMap.Named("settings");
        var spec = PodSpec(pod => pod
            .InitContainer("init", "busybox:1.36", c => c.Command("sh", "-c", "chown 999 /data"))
            .Container("app", "app:1", c => c
                .Command("/app")
                .Args("--port", "8080")
                .Port("http", 8080, Protocol.Tcp)
                .Env("MODE", "production")
                .Env("LEVEL", config.Key("log-level"))
                .Env("TOKEN", Secret.Named("api").Key("token"))
                .Requests(cpu: "250m", memory: "512Mi")
                .Limits(memory: "1Gi")));

        Assert.Equal(["sh", "-c", "chown 999 /data"], Assert.Single(spec.InitContainers!).Command!);
        var app = Assert.Single(spec.Containers!);
        Assert.Equal(["/app"], app.Command!);
        Assert.Equal(["--port", "8080"], app.Args!);
        Assert.Equal("TCP", app.Ports![0].Protocol);
        Assert.Equal("production", app.Env![0].Value);
        Assert.Equal(("settings", "log-level"), (app.Env[1].ValueFrom!.ConfigMapKeyRef!.Name, app.Env[1].ValueFrom!.ConfigMapKeyRef!.Key));
        Assert.Equal(("api", "token"), (app.Env[2].ValueFrom!.SecretKeyRef!.Name, app.Env[2].ValueFrom!.SecretKeyRef!.Key));
        Assert.Equal(Quantity.Parse("250m"), app.Resources!.Requests!["cpu"]);
        Assert.Equal(Quantity.Parse("512Mi"), app.Resources.Requests["memory"]);
        Assert.Equal(["memory"], app.Resources.Limits!.Keys);
    }

    [Fact]
    public void Probes_are_values_with_their_timings()
    {
        var spec = PodSpec(pod => pod.Container("db", "mariadb:11.4", c => c
            .ReadinessProbe(Probe.Exec("healthcheck.sh", "--connect").InitialDelay(10).Period(5))
            .LivenessProbe(Probe.HttpGet("/healthz", "http").Timeout(3).FailureThreshold(4))
            .StartupProbe(Probe.TcpSocket(3306).SuccessThreshold(1))));

        var container = spec.Containers![0];
        Assert.Equal(["healthcheck.sh", "--connect"], container.ReadinessProbe!.Exec!.Command!);
        Assert.Equal((10, 5), (container.ReadinessProbe.InitialDelaySeconds, container.ReadinessProbe.PeriodSeconds));
        Assert.Null(container.ReadinessProbe.TimeoutSeconds);
        Assert.Equal(("/healthz", new IntOrString("http")), (container.LivenessProbe!.HttpGet!.Path, container.LivenessProbe.HttpGet.Port));
        Assert.Equal((3, 4), (container.LivenessProbe.TimeoutSeconds, container.LivenessProbe.FailureThreshold));
        Assert.Equal(new IntOrString(3306), container.StartupProbe!.TcpSocket!.Port);
        Assert.Equal(1, container.StartupProbe.SuccessThreshold);
    }

    [Fact]
    public void A_probe_value_can_be_shared_without_sharing_model_objects()
    {
        var probe = Probe.Exec("true");
        var spec = PodSpec(pod => pod.Container("a", "x", c => c.LivenessProbe(probe)).Container("b", "x", c => c.LivenessProbe(probe)));

        Assert.NotSame(spec.Containers![0].LivenessProbe, spec.Containers[1].LivenessProbe);
    }

    [Fact]
    public void Volumes_mounts_and_pod_settings_map_to_their_fields()
    {
        var claim = PersistentVolumeClaim.Named("shared");
        var spec = PodSpec(pod => pod
            .Container("app", "app:1", c => c.Mount("data", "/data").Mount("config", "/etc/app", readOnly: true, subPath: "app.conf"))
            .ClaimVolume("data", claim)
            .ClaimVolume("archive", "archive-claim", readOnly: true)
            .HostPathVolume("logs", "/var/log", HostPathType.Directory)
            .EmptyDirVolume("scratch", StorageMedium.Memory, sizeLimit: "64Mi")
            .ConfigMapVolume("config", ConfigMap.Named("app-config"))
            .SecretVolume("certs", "tls-secret")
            .Hostname("node-1")
            .Subdomain("cluster")
            .RestartPolicy(RestartPolicy.Never)
            .TerminationGracePeriodSeconds(30));

        var mounts = spec.Containers![0].VolumeMounts!;
        Assert.Equal(("config", "/etc/app", (bool?)true, "app.conf"), (mounts[1].Name, mounts[1].MountPath, mounts[1].ReadOnly, mounts[1].SubPath));
        var volumes = spec.Volumes!;
        Assert.Equal(["data", "archive", "logs", "scratch", "config", "certs"], volumes.Select(v => v.Name));
        Assert.Equal(("shared", (bool?)null), (volumes[0].PersistentVolumeClaim!.ClaimName, volumes[0].PersistentVolumeClaim!.ReadOnly));
        Assert.Equal(("archive-claim", (bool?)true), (volumes[1].PersistentVolumeClaim!.ClaimName, volumes[1].PersistentVolumeClaim!.ReadOnly));
        Assert.Equal(("/var/log", "Directory"), (volumes[2].HostPath!.Path, volumes[2].HostPath!.Type));
        Assert.Equal("Memory", volumes[3].EmptyDir!.Medium);
        Assert.Equal(Quantity.Parse("64Mi"), volumes[3].EmptyDir!.SizeLimit);
        Assert.Equal("app-config", volumes[4].ConfigMap!.Name);
        Assert.Equal("tls-secret", volumes[5].Secret!.SecretName);
        Assert.Equal(("node-1", "cluster", "Never", (long?)30), (spec.Hostname, spec.Subdomain, spec.RestartPolicy, spec.TerminationGracePeriodSeconds));
    }

    [Fact]
    public void Deployments_share_the_pod_template_and_their_strategies()
    {
        var labels = Labels.Of("app", "web");
        var deployment = Deployment.Named("web").Replicas(2).Pods(labels, pod => pod.Container("web", "nginx:1.27")).Recreate().Build();
        var rolling = Deployment.Named("web").RollingUpdate(maxSurge: 1, maxUnavailable: "25%").Build().Spec!.Strategy!;

        var spec = deployment.Spec!;
        Assert.Equal(2, spec.Replicas);
        Assert.Equal(spec.Selector!.MatchLabels, spec.Template!.Metadata!.Labels);
        Assert.Equal("nginx:1.27", spec.Template.Spec!.Containers![0].Image);
        Assert.Equal("Recreate", spec.Strategy!.Type);
        Assert.Equal("RollingUpdate", rolling.Type);
        Assert.Equal((new IntOrString(1), new IntOrString("25%")), (rolling.RollingUpdate!.MaxSurge, rolling.RollingUpdate.MaxUnavailable));
    }

    [Fact]
    public void Secrets_and_config_maps_hold_their_data_and_make_key_references()
    {
        var secret = Secret.Named("db").Type("Opaque").StringData("password", "change-me");
        var config = ConfigMap.Named("app").Data("mode", "fast");

        Assert.Equal(new SecretKeyReference("db", "password"), secret.Key("password"));
        Assert.Equal(Secret.Key("db", "password"), secret.Key("password"));
        Assert.Equal(new ConfigMapKeyReference("app", "mode"), ConfigMap.Key("app", "mode"));
        Assert.Equal(("Opaque", "change-me"), (secret.Build().Type, secret.Build().StringData!["password"]));
        Assert.Equal("fast", config.Build().Data!["mode"]);
    }
}
