namespace K8sTyped;

/// <summary>One key of a Secret, for an environment variable's <c>valueFrom.secretKeyRef</c>. Made by <see cref="Secret.Key(string, string)"/>.</summary>
/// <param name="SecretName">The Secret's name.</param>
/// <param name="Key">The key in its data.</param>
public sealed record SecretKeyReference(string SecretName, string Key);
