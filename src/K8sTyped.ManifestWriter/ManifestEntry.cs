namespace K8sTyped.ManifestWriter;

/// <summary>One decoded <c>GeneratedManifestAttribute</c>: the same four values, in the same order.</summary>
internal sealed record ManifestEntry(string Application, string Layout, string FileName, string Content);
