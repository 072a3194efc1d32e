using K8sTyped.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// The manifests the previous build wrote (the files in <c>K8sTypedPreviousManifestsPath</c>, by default the output
/// folder), which the package's targets pass to the compiler as additional files with the metadata
/// <see cref="MetadataName"/>. The writer runs after compilation, so while the compiler (or the IDE) analyzes, these are
/// the previous build's output: the change rules (KT40xx) compare the current objects with them. Each file is read once
/// per content.
/// </summary>
/// <remarks>
/// What cannot be read is left out without a diagnostic: the folder may hold other YAML (a kustomization.yaml) and is
/// only a baseline; a file that is not Kubernetes objects simply compares with nothing.
/// </remarks>
internal static class PreviousManifestFiles
{
    /// <summary>The additional-file metadata that marks a previous manifest (set by build/K8sTyped.targets).</summary>
    public const string MetadataName = "build_metadata.AdditionalFiles.K8sTypedPreviousManifests";

    /// <summary>Every object of every previous manifest file, in path order.</summary>
    public static IReadOnlyList<IKubernetesObject> Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var objects = new List<IKubernetesObject>();
        foreach (var file in MarkedAdditionalFiles.Marked(options, MetadataName))
        {
            if (file.GetText(cancellationToken) is not { } text) continue;
            objects.AddRange(MarkedAdditionalFiles.Read(file, text).Objects);
        }

        return objects;
    }
}
