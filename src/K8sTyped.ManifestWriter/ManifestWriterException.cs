namespace K8sTyped.ManifestWriter;

/// <summary>A problem the user must fix; the command prints its message as <c>K8sTyped: error: ...</c> and exits with 1.</summary>
internal sealed class ManifestWriterException(string message, Exception? inner = null) : Exception(message, inner);
