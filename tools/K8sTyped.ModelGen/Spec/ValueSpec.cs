namespace K8sTyped.ModelGen.Spec;

/// <summary>The shape of a value: its kind, the items of a list or map, or the class of an object.</summary>
internal sealed record ValueSpec(WireKind Kind, ValueSpec? Element = null, string? ObjectClass = null)
{
    /// <summary>The innermost value, through any lists and maps.</summary>
    public ValueSpec Innermost => Element?.Innermost ?? this;
}
