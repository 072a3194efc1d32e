using K8sTyped;
using K8sTyped.Rules;

namespace ZooKeeper;

/// <summary>
/// The application as `dotnet build` sees it: with the K8sTyped package referenced, the source generator evaluates this
/// class at compile time (without running any of this code) and the build writes <c>manifests/zookeeper.yaml</c>,
/// byte-for-byte what <see cref="ZooKeeperManifests.Build"/> gives at run time.
/// </summary>
[KubernetesManifests(FileName = "zookeeper.yaml")]
public static partial class ZooKeeperApplication
{
    /// <summary>The application.</summary>
    public static Application App { get; } = ZooKeeperManifests.Build();

    /// <summary>The cluster the analyzers check the application against: three nodes, one per server.</summary>
    public static ClusterProfile Cluster { get; } = ZooKeeperManifests.Cluster;
}
