namespace K8sTyped.Serialization;

/// <summary>The schema of one model type (one OpenAPI definition).</summary>
public sealed class TypeSchema
{
    private readonly Dictionary<string, PropertySchema> _byJsonName;

    /// <summary>Creates the schema of a model type.</summary>
    /// <param name="definition">The OpenAPI definition name, e.g. <c>io.k8s.api.apps.v1.StatefulSet</c>.</param>
    /// <param name="clrType">The model type.</param>
    /// <param name="create">Creates an empty instance.</param>
    /// <param name="apiVersion">For a top-level kind: its apiVersion (<c>v1</c>, <c>apps/v1</c>); otherwise null.</param>
    /// <param name="kind">For a top-level kind: its kind; otherwise null.</param>
    /// <param name="properties">The properties, in the OpenAPI document's order.</param>
    public TypeSchema(
        string definition,
        Type clrType,
        Func<object> create,
        string? apiVersion,
        string? kind,
        IReadOnlyList<PropertySchema> properties)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        ClrType = clrType ?? throw new ArgumentNullException(nameof(clrType));
        Create = create ?? throw new ArgumentNullException(nameof(create));
        ApiVersion = apiVersion;
        Kind = kind;
        Properties = properties ?? throw new ArgumentNullException(nameof(properties));
        _byJsonName = new Dictionary<string, PropertySchema>(StringComparer.Ordinal);
        foreach (var property in properties)
            _byJsonName.Add(property.JsonName, property);
    }

    /// <summary>The OpenAPI definition name.</summary>
    public string Definition { get; }

    /// <summary>The model type.</summary>
    public Type ClrType { get; }

    /// <summary>Creates an empty instance of the model type.</summary>
    public Func<object> Create { get; }

    /// <summary>For a top-level kind: its apiVersion; otherwise null.</summary>
    public string? ApiVersion { get; }

    /// <summary>For a top-level kind: its kind; otherwise null.</summary>
    public string? Kind { get; }

    /// <summary>The properties, in the OpenAPI document's order.</summary>
    public IReadOnlyList<PropertySchema> Properties { get; }

    /// <summary>Finds a property by its wire name (case-sensitive, like the API server).</summary>
    public PropertySchema? FindProperty(string jsonName) =>
        _byJsonName.TryGetValue(jsonName, out var property) ? property : null;
}
