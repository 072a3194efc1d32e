namespace K8sTyped.Generator.Model;

/// <summary>
/// Everything the emitter needs for one marked class: the evaluated YAML, the files for the post-build writer, the
/// identity constants and the diagnostics. Equal when the evaluation gives the same result, so the output step stays cached.
/// </summary>
/// <param name="Target">The class.</param>
/// <param name="Yaml">The application's YAML, or null when evaluation failed (nothing is emitted then).</param>
/// <param name="Files">The application file and one file per object.</param>
/// <param name="Identities">The identity constants.</param>
/// <param name="Diagnostics">Everything to report.</param>
internal sealed record ManifestSpec(
    ManifestTarget Target,
    string? Yaml,
    EquatableArray<ManifestFile> Files,
    EquatableArray<IdentityConstant> Identities,
    EquatableArray<DiagnosticInfo> Diagnostics);
