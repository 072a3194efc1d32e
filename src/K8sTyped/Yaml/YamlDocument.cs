namespace K8sTyped.Yaml;

/// <summary>One document of a (possibly multi-document) YAML stream.</summary>
/// <param name="Root">The document's root node; null for an empty document.</param>
/// <param name="Start">Where the document starts.</param>
public sealed record YamlDocument(YamlNode? Root, SourceMark Start);
