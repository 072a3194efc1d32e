namespace K8sTyped.ModelGen;

/// <summary>A problem with the input document or the enum catalogue; the message says what to fix.</summary>
internal sealed class ModelGenException(string message) : Exception(message);
