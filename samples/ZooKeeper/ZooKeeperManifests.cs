using K8sTyped;

namespace ZooKeeper;

/// <summary>
/// The ZooKeeper ensemble of the kubernetes.io tutorial "Running ZooKeeper, A Distributed System Coordinator": three
/// servers in a StatefulSet governed by the headless Service <c>zk-hs</c>, clients through <c>zk-cs</c>, one server per
/// node (required pod anti-affinity by hostname), and a PodDisruptionBudget that lets a drain take one server at a time
/// so the quorum of two survives. Written entirely with the DSL: the anti-affinity selects the set's own pod labels.
/// </summary>
public static class ZooKeeperManifests
{
    public const int Servers = 3;
    private const string Image = "registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10";

    // start-zookeeper writes zoo.cfg and myid from these flags and the pod's ordinal, then runs the server.
    private static readonly string StartCommand = string.Join(" ",
        "start-zookeeper",
        $"--servers={Servers}",
        "--data_dir=/var/lib/zookeeper/data",
        "--data_log_dir=/var/lib/zookeeper/data/log",
        "--conf_dir=/opt/zookeeper/conf",
        "--client_port=2181",
        "--election_port=3888",
        "--server_port=2888",
        "--tick_time=2000",
        "--init_limit=10",
        "--sync_limit=5",
        "--heap=512M",
        "--max_client_cnxns=60",
        "--snap_retain_count=3",
        "--purge_interval=12",
        "--max_session_timeout=40000",
        "--min_session_timeout=4000",
        "--log_level=INFO");

    /// <summary>A three-node cluster, the smallest that can hold one server per node.</summary>
    public static K8sTyped.Rules.ClusterProfile Cluster { get; } = new() { NodeCount = Servers };

    public static Application Build()
    {
        var labels = Labels.Of("app.kubernetes.io/name", "zk");
        var ready = Probe.Exec("sh", "-c", "zookeeper-ready 2181").InitialDelay(10).Timeout(5);

        var headless = Service.Headless("zk-hs")
            .Labeled(labels)
            .Selecting(labels)
            .Port("server", 2888)
            .Port("leader-election", 3888);

        var client = Service.ClusterIP("zk-cs")
            .Labeled(labels)
            .Selecting(labels)
            .Port("client", 2181);

        var ensemble = StatefulSet.Named("zk")
            .GovernedBy(headless)
            .Replicas(Servers)
            .RollingUpdate()
            .PodManagement(PodManagementPolicy.OrderedReady)
            .Pods(labels, pod => pod
                .RequireAntiAffinity(Topology.Hostname)
                .Container("kubernetes-zookeeper", Image, c => c
                    .ImagePullPolicy(PullPolicy.Always)
                    .Requests(cpu: "0.5", memory: "1Gi")
                    .Port("client", 2181)
                    .Port("server", 2888)
                    .Port("leader-election", 3888)
                    .Command("sh", "-c", StartCommand)
                    .ReadinessProbe(ready)
                    .LivenessProbe(ready)
                    .Mount("datadir", "/var/lib/zookeeper"))
                .SecurityContext(runAsUser: 1000, fsGroup: 1000))
            .ClaimTemplate("datadir", AccessMode.ReadWriteOnce, "10Gi");

        var budget = PodDisruptionBudget.Named("zk-pdb")
            .For(ensemble)
            .MaxUnavailable(1);

        return Application.Named("zookeeper").Add(headless, client, budget, ensemble);
    }
}
