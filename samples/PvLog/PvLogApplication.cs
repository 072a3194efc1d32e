using K8sTyped;
using K8sTyped.Rules;

namespace PvLog;

/// <summary>
/// The application as `dotnet build` sees it: with the K8sTyped package referenced, the source generator evaluates this
/// class at compile time (without running any of this code) and the build writes <c>manifests/pv-log.yaml</c>,
/// byte-for-byte what <see cref="PvLogManifests.Build"/> gives at run time.
/// </summary>
[KubernetesManifests(FileName = "pv-log.yaml")]
public static partial class PvLogApplication
{
    /// <summary>The application.</summary>
    public static Application App { get; } = PvLogManifests.Build();

    /// <summary>The cluster the analyzers check the application against: the demo's single node.</summary>
    public static ClusterProfile Cluster { get; } = PvLogManifests.Cluster;
}
