namespace K8sTyped.Generator.Model;

/// <summary>
/// Everything the emitter needs for one marked class: the evaluated YAML, the file name of each of its objects and the
/// identity constants. Equal when the evaluation gives the same result, so the output step stays cached. Diagnostics
/// are not here: the analyzers report them (the generator only generates).
/// </summary>
/// <param name="Target">The class.</param>
/// <param name="Yaml">The application's YAML, or null when evaluation failed (the class's members are then emitted empty).</param>
/// <param name="ObjectFileNames">The file of each object in the one-file-per-object layout, in the order of the YAML's documents.</param>
/// <param name="Identities">The identity constants.</param>
internal sealed record ManifestSpec(
    ManifestTarget Target,
    string? Yaml,
    EquatableArray<string> ObjectFileNames,
    EquatableArray<IdentityConstant> Identities);
