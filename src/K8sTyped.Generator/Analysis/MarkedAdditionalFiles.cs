using System.Runtime.CompilerServices;
using K8sTyped.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// Additional files that the package's targets mark with a metadata of their own (the cluster inventory, the previous
/// manifests), found in path order and read as Kubernetes YAML or JSON once per content.
/// </summary>
internal static class MarkedAdditionalFiles
{
    private static readonly ConditionalWeakTable<SourceText, KubernetesReadResult> s_read = new();

    // What these files hold was written by a cluster or an earlier build, possibly of a newer Kubernetes than our model:
    // unknown fields are warnings, not a reason to ignore the file.
    private static readonly KubernetesReadOptions LenientReading = new() { Strict = false };

    /// <summary>Whether <paramref name="file"/> carries <paramref name="metadataName"/> = true.</summary>
    public static bool IsMarked(AdditionalText file, AnalyzerOptions options, string metadataName) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(metadataName, out var value)
        && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The files marked with <paramref name="metadataName"/>, in path order.</summary>
    public static IEnumerable<AdditionalText> Marked(AnalyzerOptions options, string metadataName) =>
        options.AdditionalFiles.Where(file => IsMarked(file, options, metadataName)).OrderBy(file => file.Path, StringComparer.Ordinal);

    /// <summary>The objects and problems of <paramref name="file"/>, whose content is <paramref name="text"/>.</summary>
    public static KubernetesReadResult Read(AdditionalText file, SourceText text) =>
        s_read.GetValue(text, t => KubernetesYaml.Read(t.ToString(), file.Path, LenientReading));
}
