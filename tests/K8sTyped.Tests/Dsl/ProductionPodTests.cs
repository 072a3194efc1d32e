using K8sTyped.Models;
using static K8sTyped.Tests.Dsl.DslTestSupport;

namespace K8sTyped.Tests.Dsl;

/// <summary>The DSL for what production StatefulSets set on their pods, and the PodDisruptionBudget.</summary>
public class ProductionPodTests
{
    private static readonly Labels PodLabels = Labels.Of("app.kubernetes.io/name", "zk");

    private static V1PodSpec PodSpecOf(Action<PodTemplate> configure) =>
        StatefulSet.Named("zk").Pods(PodLabels, configure).Build().Spec!.Template!.Spec!;

    [Fact]
    public void Anti_affinity_selects_the_workloads_own_pod_labels()
    {
        var spec = PodSpecOf(pod => pod.RequireAntiAffinity(Topology.Hostname).PreferAntiAffinity(Topology.Zone, weight: 50));

        var required = Assert.Single(spec.Affinity!.PodAntiAffinity!.RequiredDuringSchedulingIgnoredDuringExecution!);
        Assert.Equal("kubernetes.io/hostname", required.TopologyKey);
        Assert.Equal(PodLabels.ToDictionary(), required.LabelSelector!.MatchLabels);
        var preferred = Assert.Single(spec.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution!);
        Assert.Equal(50, preferred.Weight);
        Assert.Equal("topology.kubernetes.io/zone", preferred.PodAffinityTerm!.TopologyKey);
        Assert.Equal(PodLabels.ToDictionary(), preferred.PodAffinityTerm.LabelSelector!.MatchLabels);
    }

    [Fact]
    public void Anti_affinity_can_keep_away_from_other_labels()
    {
        var spec = PodSpecOf(pod => pod.RequireAntiAffinity(Topology.Zone, Labels.Of("app", "kafka")));

        Assert.Equal(new Dictionary<string, string> { ["app"] = "kafka" },
            Assert.Single(spec.Affinity!.PodAntiAffinity!.RequiredDuringSchedulingIgnoredDuringExecution!).LabelSelector!.MatchLabels);
    }

    [Fact]
    public void Spreading_a_bare_pod_without_labels_is_reported_at_the_call_not_thrown()
    {
        var line = ThisLine(); var pod = Pod.Named("solo").Spec(p => p.Container("c", "busybox").RequireAntiAffinity());
        var result = Application.Named("app").Add(pod).Validate();

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "KT0002");
        Assert.Equal("spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector", finding.Path);
        Assert.Equal(line, finding.Origin!.Line);
    }

    [Fact]
    public void Topology_spread_writes_the_constraint_with_the_workloads_labels()
    {
        var spec = PodSpecOf(pod => pod.SpreadOver(Topology.Zone, maxSkew: 2, whenUnsatisfiable: WhenUnsatisfiable.ScheduleAnyway));

        var constraint = Assert.Single(spec.TopologySpreadConstraints!);
        Assert.Equal((2, "topology.kubernetes.io/zone", "ScheduleAnyway"), (constraint.MaxSkew, constraint.TopologyKey, constraint.WhenUnsatisfiable));
        Assert.Equal(PodLabels.ToDictionary(), constraint.LabelSelector!.MatchLabels);
    }

    [Fact]
    public void Pod_settings_write_their_fields_and_only_the_arguments_given()
    {
        var spec = PodSpecOf(pod => pod
            .SecurityContext(runAsUser: 1001, fsGroup: 1001, fsGroupChangePolicy: FsGroupChangePolicy.OnRootMismatch)
            .Tolerate("dedicated", "database", TaintEffect.NoSchedule)
            .Tolerate("node.kubernetes.io/unreachable")
            .NodeSelector("disktype", "ssd")
            .PriorityClassName("database-critical")
            .ServiceAccountName("zookeeper"));

        Assert.Equal((1001L, (long?)null, 1001L, "OnRootMismatch"), (spec.SecurityContext!.RunAsUser, spec.SecurityContext.RunAsGroup, spec.SecurityContext.FsGroup, spec.SecurityContext.FsGroupChangePolicy));
        Assert.Null(spec.SecurityContext.RunAsNonRoot);
        Assert.Equal(("dedicated", "Equal", "database", "NoSchedule"), (spec.Tolerations![0].Key, spec.Tolerations[0].Operator, spec.Tolerations[0].Value, spec.Tolerations[0].Effect));
        Assert.Equal(("Exists", (string?)null), (spec.Tolerations[1].Operator, spec.Tolerations[1].Effect));
        Assert.Equal("ssd", spec.NodeSelector!["disktype"]);
        Assert.Equal(("database-critical", "zookeeper"), (spec.PriorityClassName, spec.ServiceAccountName));
    }

    [Fact]
    public void A_sidecar_is_an_init_container_that_restarts_always()
    {
        var spec = PodSpecOf(pod => pod.InitContainer("init", "busybox").Sidecar("metrics", "exporter:1", c => c.Port("metrics", 9141)));

        Assert.Equal(["init", "metrics"], spec.InitContainers!.Select(c => c.Name));
        Assert.Null(spec.InitContainers![0].RestartPolicy);
        Assert.Equal("Always", spec.InitContainers[1].RestartPolicy);
        Assert.Equal(9141, spec.InitContainers[1].Ports![0].ContainerPort);
    }

    [Fact]
    public void Container_settings_write_their_fields()
    {
        var settings = ConfigMap.Named("zk-env");
        var container = PodSpecOf(pod => pod.Container("zk", "zookeeper:3.9", c => c
            .ImagePullPolicy(PullPolicy.IfNotPresent)
            .SecurityContext(runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, dropCapabilities: ["ALL"])
            .EnvFrom(settings, prefix: "ZK_")
            .EnvFromSecret("zk-auth")
            .PreStop(["sh", "-c", "zkServer.sh stop"]))).Containers![0];

        Assert.Equal("IfNotPresent", container.ImagePullPolicy);
        Assert.Equal((true, true, false), (container.SecurityContext!.RunAsNonRoot, container.SecurityContext.ReadOnlyRootFilesystem, container.SecurityContext.AllowPrivilegeEscalation));
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities!.Drop!);
        Assert.Null(container.SecurityContext.Capabilities.Add);
        Assert.Equal(("zk-env", "ZK_"), (container.EnvFrom![0].ConfigMapRef!.Name, container.EnvFrom[0].Prefix));
        Assert.Equal("zk-auth", container.EnvFrom[1].SecretRef!.Name);
        Assert.Equal(["sh", "-c", "zkServer.sh stop"], container.Lifecycle!.PreStop!.Exec!.Command!);
    }

    [Fact]
    public void PreStopSleep_writes_a_sleep_handler()
    {
        var container = PodSpecOf(pod => pod.Container("web", "nginx", c => c.PreStopSleep(5))).Containers![0];

        Assert.Equal(5, container.Lifecycle!.PreStop!.Sleep!.Seconds);
    }

    [Fact]
    public void New_fields_point_at_their_calls()
    {
        var set = StatefulSet.Named("zk").Pods(PodLabels, pod => pod
            .Container("zk", "zookeeper:3.9", c => c
                .ImagePullPolicy(PullPolicy.Always))
            .SecurityContext(fsGroup: 1000));
        var first = ThisLine() - 4;
        var manifests = Application.Named("zk").Add(set).ToManifestSet();
        var origins = manifests.OriginsOf(manifests.Objects.Single())!;

        Assert.Equal(first + 2, origins.Find("spec.template.spec.containers[0].imagePullPolicy")!.Line);
        Assert.Equal(first + 3, origins.Find("spec.template.spec.securityContext.fsGroup")!.Line);
    }

    [Fact]
    public void A_budget_for_a_workload_takes_its_selector_and_follows_its_changes()
    {
        var set = StatefulSet.Named("zk").Pods(PodLabels, pod => pod.Container("zk", "zookeeper:3.9"));
        var budget = PodDisruptionBudget.Named("zk-pdb").For(set).MaxUnavailable(1);
        Application.Named("zk").InNamespace("coordination").Add(set, budget);

        var built = budget.Build();
        Assert.Equal(PodLabels.ToDictionary(), built.Spec!.Selector!.MatchLabels);
        Assert.Equal(1, built.Spec.MaxUnavailable!.Value.IntValue);
        Assert.Equal("coordination", built.Metadata!.Namespace);

        set.Configure(s => s.Spec!.Selector!.MatchLabels!["tier"] = "quorum");
        Assert.Equal("quorum", budget.Build().Spec!.Selector!.MatchLabels!["tier"]);
    }

    [Fact]
    public void A_budget_takes_a_percentage()
    {
        var budget = PodDisruptionBudget.Named("pg").Selecting(Labels.Of("app", "pg")).MinAvailable("50%").Build();

        Assert.Equal("50%", budget.Spec!.MinAvailable!.Value.ToString());
    }

    [Fact]
    public void A_budget_for_a_workload_without_pods_is_reported_at_the_call()
    {
        var set = StatefulSet.Named("zk");
        var line = ThisLine(); var budget = PodDisruptionBudget.Named("zk-pdb").For(set).MaxUnavailable(1);

        var finding = Assert.Single(Application.Named("zk").Add(budget).Validate().Diagnostics, d => d.Id == "KT0002");
        Assert.Equal(("spec.selector", line), (finding.Path, finding.Origin!.Line));
    }

    [Fact]
    public void Claim_templates_take_every_claim_option()
    {
        var volume = PersistentVolume.Named("pv-zk");
        var template = StatefulSet.Named("zk")
            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi", t => t
                .NoStorageClass()
                .AccessModes([AccessMode.ReadWriteOnce, AccessMode.ReadOnlyMany])
                .Requesting("5Gi")
                .BoundTo(volume))
            .Build().Spec!.VolumeClaimTemplates![0].Spec!;

        Assert.Equal("", template.StorageClassName);
        Assert.Equal(["ReadWriteOnce", "ReadOnlyMany"], template.AccessModes!);
        Assert.Equal("5Gi", template.Resources!.Requests!["storage"].ToString());
        Assert.Equal("pv-zk", template.VolumeName);
    }

    [Fact]
    public void NoStorageClass_on_a_claim_template_is_written_as_an_empty_class()
    {
        var yaml = Application.Named("zk").Add(StatefulSet.Named("zk").ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi", t => t.NoStorageClass())).ToYaml();

        Assert.Contains("storageClassName: ''", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_template_class_by_reference_or_name()
    {
        var fast = StorageClass.Named("fast");
        var set = StatefulSet.Named("zk")
            .ClaimTemplate("a", AccessMode.ReadWriteOnce, "1Gi", t => t.StorageClass(fast))
            .ClaimTemplate("b", AccessMode.ReadWriteOnce, "1Gi", t => t.StorageClass("slow"))
            .Build();

        Assert.Equal(["fast", "slow"], set.Spec!.VolumeClaimTemplates!.Select(t => t.Spec!.StorageClassName));
    }
}
