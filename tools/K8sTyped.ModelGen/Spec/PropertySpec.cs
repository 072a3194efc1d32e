namespace K8sTyped.ModelGen.Spec;

/// <summary>One property of a model class.</summary>
internal sealed record PropertySpec(
    string JsonName,
    string ClrName,
    string? Description,
    ValueSpec Value,
    bool Required,
    IReadOnlyList<string> EnumValues);
