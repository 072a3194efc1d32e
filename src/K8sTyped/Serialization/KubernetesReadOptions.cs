namespace K8sTyped.Serialization;

/// <summary>How <see cref="KubernetesYaml.Read"/> treats questionable input.</summary>
public sealed class KubernetesReadOptions
{
    /// <summary>
    /// True (the default, like <c>kubectl --validate=strict</c>): unknown fields are errors.
    /// False: unknown fields are warnings and are skipped. Wrong types are errors either way.
    /// </summary>
    public bool Strict { get; init; } = true;

    /// <summary>
    /// False (the default): a document whose apiVersion and kind the model does not have is an error. True: it is skipped
    /// with a warning at its kind, as a linter does with the custom resources of <c>helm template</c> output.
    /// </summary>
    public bool SkipUnknownKinds { get; init; }
}
