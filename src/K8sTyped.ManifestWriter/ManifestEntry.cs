namespace K8sTyped.ManifestWriter;

/// <summary>One manifest file: a decoded <c>GeneratedManifestAttribute</c>, or one file of a <c>GeneratedApplicationAttribute</c>.</summary>
internal sealed record ManifestEntry(string Application, string Layout, string FileName, string Content);
