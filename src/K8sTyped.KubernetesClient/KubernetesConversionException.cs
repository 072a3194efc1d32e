namespace K8sTyped.KubernetesClient;

/// <summary>An object could not be converted between K8sTyped and KubernetesClient; the message says which and why.</summary>
public sealed class KubernetesConversionException(string message) : Exception(message);
