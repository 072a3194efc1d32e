namespace K8sTyped.ModelGen.Spec;

/// <summary>
/// The wire type of a value. Mirrors K8sTyped.Serialization.ValueKind member for member, so the emitter can
/// name <c>ValueSchema.{kind}</c>; the tool does not reference the library it generates into.
/// </summary>
internal enum WireKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Quantity,
    IntOrString,
    Bytes,
    Time,
    MicroTime,
    Object,
    List,
    Map,
    Any,
}
