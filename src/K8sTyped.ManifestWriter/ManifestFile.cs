namespace K8sTyped.ManifestWriter;

/// <summary>A manifest ready to write: where it goes and its exact bytes (UTF-8, no byte order mark).</summary>
internal sealed record ManifestFile(string FullPath, byte[] Content);
