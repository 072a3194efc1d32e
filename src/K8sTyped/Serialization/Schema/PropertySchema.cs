namespace K8sTyped.Serialization;

/// <summary>One property of a model type: its wire name, C# name, value schema, validation facts and accessors.</summary>
public sealed class PropertySchema
{
    /// <summary>Creates the schema of a property.</summary>
    public PropertySchema(
        string jsonName,
        string clrName,
        ValueSchema value,
        bool required,
        IReadOnlyList<string> enumValues,
        Func<object, object?> get,
        Action<object, object?> set)
    {
        JsonName = jsonName ?? throw new ArgumentNullException(nameof(jsonName));
        ClrName = clrName ?? throw new ArgumentNullException(nameof(clrName));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Required = required;
        EnumValues = enumValues ?? throw new ArgumentNullException(nameof(enumValues));
        Get = get ?? throw new ArgumentNullException(nameof(get));
        Set = set ?? throw new ArgumentNullException(nameof(set));
    }

    /// <summary>The name on the wire, e.g. <c>serviceName</c>.</summary>
    public string JsonName { get; }

    /// <summary>The C# property name, e.g. <c>ServiceName</c>.</summary>
    public string ClrName { get; }

    /// <summary>The value's schema.</summary>
    public ValueSchema Value { get; }

    /// <summary>Whether the OpenAPI document lists the property as required.</summary>
    public bool Required { get; }

    /// <summary>The values the API server accepts, when the field is an enum; empty otherwise.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>Reads the property from an instance of the declaring type.</summary>
    public Func<object, object?> Get { get; }

    /// <summary>Writes the property on an instance of the declaring type.</summary>
    public Action<object, object?> Set { get; }
}
