namespace K8sTyped.Serialization;

/// <summary>A model object that cannot be written: a null list item, a value of the wrong type, a non-finite number.</summary>
public sealed class KubernetesSerializationException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with the field path.</summary>
    public KubernetesSerializationException(string path, string reason)
        : base(path.Length == 0 ? reason : $"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The field path of the bad value, e.g. <c>spec.template.spec.containers[1]</c>; empty for the object itself.</summary>
    public string Path { get; }

    /// <summary>The message without the path prefix.</summary>
    public string Reason { get; }
}
