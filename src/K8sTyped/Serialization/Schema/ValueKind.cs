namespace K8sTyped.Serialization;

/// <summary>The wire type of a property value, as the OpenAPI document describes it.</summary>
public enum ValueKind
{
    /// <summary><c>type: string</c>.</summary>
    String,

    /// <summary><c>type: boolean</c>.</summary>
    Boolean,

    /// <summary><c>type: integer, format: int32</c>.</summary>
    Int32,

    /// <summary><c>type: integer, format: int64</c>.</summary>
    Int64,

    /// <summary><c>type: number, format: double</c>.</summary>
    Double,

    /// <summary>A <c>resource.Quantity</c> (<see cref="K8sTyped.Quantity"/>).</summary>
    Quantity,

    /// <summary>An <c>intstr.IntOrString</c> (<see cref="K8sTyped.IntOrString"/>).</summary>
    IntOrString,

    /// <summary><c>type: string, format: byte</c>: base64 on the wire, <c>byte[]</c> in the model.</summary>
    Bytes,

    /// <summary><c>meta/v1.Time</c>: RFC 3339 with second precision.</summary>
    Time,

    /// <summary><c>meta/v1.MicroTime</c>: RFC 3339 with microsecond precision.</summary>
    MicroTime,

    /// <summary>A reference to another definition.</summary>
    Object,

    /// <summary><c>type: array</c>.</summary>
    List,

    /// <summary><c>type: object</c> with <c>additionalProperties</c>: string keys.</summary>
    Map,

    /// <summary>Free-form data (RawExtension, FieldsV1): kept as a <see cref="K8sTyped.Yaml.YamlNode"/>.</summary>
    Any,
}
