using K8sTyped;

namespace StorageClasses;

/// <summary>
/// The application as `dotnet build` sees it: with the K8sTyped package referenced, the source generator evaluates this
/// class at compile time (without running any of this code) and the build writes <c>manifests/storage-classes.yaml</c>,
/// byte-for-byte what <see cref="StorageClassesManifests.Build"/> gives at run time.
/// </summary>
[KubernetesManifests(FileName = "storage-classes.yaml")]
public static partial class StorageClassesApplication
{
    /// <summary>The application.</summary>
    public static Application App { get; } = StorageClassesManifests.Build();
}
