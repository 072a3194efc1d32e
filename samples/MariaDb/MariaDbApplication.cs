using K8sTyped;

namespace MariaDb;

/// <summary>
/// The application as `dotnet build` sees it: with the K8sTyped package referenced, the source generator evaluates this
/// class at compile time (without running any of this code) and the build writes <c>manifests/mariadb.yaml</c>,
/// byte-for-byte what <see cref="MariaDbManifests.Build"/> gives at run time.
/// </summary>
[KubernetesManifests(FileName = "mariadb.yaml")]
public static partial class MariaDbApplication
{
    /// <summary>The replicated MariaDB application.</summary>
    public static Application App { get; } = MariaDbManifests.Build();
}
