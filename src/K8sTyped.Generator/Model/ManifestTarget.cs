namespace K8sTyped.Generator.Model;

/// <summary>
/// One class marked <c>[KubernetesManifests]</c>, as the attribute step sees it: what to evaluate and how to name the
/// output. Cheap to compute; equal across edits that do not touch the class declaration.
/// </summary>
/// <param name="MetadataName">The class's metadata name, used to find it again in later compilations.</param>
/// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of the enclosing types, outermost first (e.g. <c>partial class Outer</c>).</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="Declaration">The class's own declaration keywords and name (e.g. <c>static partial class Manifests</c>).</param>
/// <param name="ApplicationName">The class's full name: the application in the GeneratedManifest entries.</param>
/// <param name="DefaultNamespace">The attribute's Namespace.</param>
/// <param name="DefaultNamespaceSpan">Where the attribute's Namespace is written, so findings about it point there.</param>
/// <param name="FileName">The manifest file name (the attribute's FileName or the kebab-case class name).</param>
/// <param name="ClassSpan">Where the class's name is, for diagnostics about the class as a whole.</param>
/// <param name="Diagnostics">Problems with the declaration itself (not static, not partial).</param>
internal sealed record ManifestTarget(
    string MetadataName,
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ClassName,
    string Declaration,
    string ApplicationName,
    string? DefaultNamespace,
    SourceSpan? DefaultNamespaceSpan,
    string FileName,
    SourceSpan? ClassSpan,
    EquatableArray<DiagnosticInfo> Diagnostics);
