namespace K8sTyped.Models;

/// <summary>A top-level Kubernetes object: it carries its apiVersion and kind.</summary>
public interface IKubernetesObject
{
    /// <summary>The object's apiVersion, e.g. <c>apps/v1</c>.</summary>
    string? ApiVersion { get; set; }

    /// <summary>The object's kind, e.g. <c>StatefulSet</c>.</summary>
    string? Kind { get; set; }
}

/// <summary>A top-level Kubernetes object with metadata of type <typeparamref name="TMetadata"/>.</summary>
public interface IKubernetesObject<TMetadata> : IKubernetesObject
{
    /// <summary>The object's metadata.</summary>
    TMetadata? Metadata { get; set; }
}
