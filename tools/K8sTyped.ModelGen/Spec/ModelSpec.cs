namespace K8sTyped.ModelGen.Spec;

/// <summary>Everything the emitter needs: the model classes, sorted by class name (ordinal).</summary>
internal sealed record ModelSpec(IReadOnlyList<TypeSpec> Types);
