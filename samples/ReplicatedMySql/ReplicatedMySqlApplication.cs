using K8sTyped;

namespace ReplicatedMySql;

/// <summary>
/// The application as `dotnet build` sees it: with the K8sTyped package referenced, the source generator evaluates this
/// class at compile time (without running any of this code) and the build writes <c>manifests/replicated-mysql.yaml</c>,
/// byte-for-byte what <see cref="ReplicatedMySqlManifests.Build"/> gives at run time.
/// </summary>
[KubernetesManifests(FileName = "replicated-mysql.yaml")]
public static partial class ReplicatedMySqlApplication
{
    /// <summary>The application.</summary>
    public static Application App { get; } = ReplicatedMySqlManifests.Build();
}
