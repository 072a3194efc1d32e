namespace K8sTyped;

/// <summary>An int32 or a string (placeholder declaration; the value type is being implemented).</summary>
public readonly partial struct IntOrString;
