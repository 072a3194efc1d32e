using K8sTyped;

namespace Mistakes;

/// <summary>
/// The shop as `dotnet build` sees it: the source generator evaluates it at compile time, and the analyzers report each
/// planted mistake at the C# that made it. The errors fail the build, so no manifest is written.
/// </summary>
[KubernetesManifests(FileName = "shop.yaml")]
public static partial class MistakesApplication
{
    /// <summary>The shop and its mistakes.</summary>
    public static Application App { get; } = MistakesManifests.Build();
}
