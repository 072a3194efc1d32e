using K8sTyped;

namespace Mistakes;

/// <summary>
/// A second application, because a value the compiler cannot compute stops the evaluation of its whole class: here it
/// hides nothing of the shop's findings.
/// </summary>
[KubernetesManifests(FileName = "build-info.yaml")]
public static partial class BuildInfoApplication
{
    /// <summary>A ConfigMap stamped with the build time.</summary>
    public static Application App { get; } = Application.Named("build-info")
        .InNamespace("shop")
        .Add(ConfigMap.Named("build-info")
            // The clock differs at every build: manifests must be the same for the same source, so DateTime.Now is refused.
            // expect KT0101 at `DateTime.Now`
            .Data("built-at", DateTime.Now.ToString("O")));
}
