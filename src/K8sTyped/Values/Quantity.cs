namespace K8sTyped;

/// <summary>A Kubernetes resource quantity (placeholder declaration; the value type is being implemented).</summary>
public readonly partial struct Quantity;
