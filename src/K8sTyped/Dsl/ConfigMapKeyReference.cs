namespace K8sTyped;

/// <summary>One key of a ConfigMap, for an environment variable's <c>valueFrom.configMapKeyRef</c>. Made by <see cref="ConfigMap.Key(string, string)"/>.</summary>
/// <param name="ConfigMapName">The ConfigMap's name.</param>
/// <param name="Key">The key in its data.</param>
public sealed record ConfigMapKeyReference(string ConfigMapName, string Key);
