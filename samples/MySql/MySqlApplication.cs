using K8sTyped;

namespace MySql;

/// <summary>
/// The application as `dotnet build` sees it: with the K8sTyped package referenced, the source generator evaluates this
/// class at compile time (without running any of this code) and the build writes <c>manifests/mysql.yaml</c>,
/// byte-for-byte what <see cref="MySqlManifests.Build"/> gives at run time.
/// </summary>
[KubernetesManifests(FileName = "mysql.yaml")]
public static partial class MySqlApplication
{
    /// <summary>The application.</summary>
    public static Application App { get; } = MySqlManifests.Build();
}
