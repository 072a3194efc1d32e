namespace K8sTyped.Serialization;

/// <summary>How <see cref="KubernetesYaml.Read"/> treats questionable input.</summary>
public sealed class KubernetesReadOptions
{
    /// <summary>
    /// True (the default, like <c>kubectl --validate=strict</c>): unknown fields are errors.
    /// False: unknown fields are warnings and are skipped. Wrong types are errors either way.
    /// </summary>
    public bool Strict { get; init; } = true;
}
