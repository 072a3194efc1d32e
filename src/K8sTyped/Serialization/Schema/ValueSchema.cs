using System.Collections;

namespace K8sTyped.Serialization;

/// <summary>The schema of a value: its kind and, for lists, maps and objects, what they hold.</summary>
public sealed class ValueSchema
{
    private readonly Func<TypeSchema>? _objectType;
    private readonly Func<IList>? _createList;
    private readonly Func<IDictionary>? _createMap;

    private ValueSchema(
        ValueKind kind,
        ValueSchema? element = null,
        Func<TypeSchema>? objectType = null,
        Func<IList>? createList = null,
        Func<IDictionary>? createMap = null)
    {
        Kind = kind;
        Element = element;
        _objectType = objectType;
        _createList = createList;
        _createMap = createMap;
    }

    /// <summary>The value's kind.</summary>
    public ValueKind Kind { get; }

    /// <summary>For <see cref="ValueKind.List"/> and <see cref="ValueKind.Map"/>: the schema of the items.</summary>
    public ValueSchema? Element { get; }

    /// <summary>For <see cref="ValueKind.Object"/>: the referenced type (resolved lazily, so definitions may refer to each other).</summary>
    public TypeSchema ObjectType =>
        _objectType?.Invoke() ?? throw new InvalidOperationException($"A {Kind} value has no object type.");

    /// <summary>The schema of a string.</summary>
    public static ValueSchema String { get; } = new(ValueKind.String);

    /// <summary>The schema of a boolean.</summary>
    public static ValueSchema Boolean { get; } = new(ValueKind.Boolean);

    /// <summary>The schema of a 32-bit integer.</summary>
    public static ValueSchema Int32 { get; } = new(ValueKind.Int32);

    /// <summary>The schema of a 64-bit integer.</summary>
    public static ValueSchema Int64 { get; } = new(ValueKind.Int64);

    /// <summary>The schema of a double.</summary>
    public static ValueSchema Double { get; } = new(ValueKind.Double);

    /// <summary>The schema of a <see cref="K8sTyped.Quantity"/>.</summary>
    public static ValueSchema Quantity { get; } = new(ValueKind.Quantity);

    /// <summary>The schema of an <see cref="K8sTyped.IntOrString"/>.</summary>
    public static ValueSchema IntOrString { get; } = new(ValueKind.IntOrString);

    /// <summary>The schema of base64 bytes.</summary>
    public static ValueSchema Bytes { get; } = new(ValueKind.Bytes);

    /// <summary>The schema of a second-precision timestamp.</summary>
    public static ValueSchema Time { get; } = new(ValueKind.Time);

    /// <summary>The schema of a microsecond-precision timestamp.</summary>
    public static ValueSchema MicroTime { get; } = new(ValueKind.MicroTime);

    /// <summary>The schema of free-form data.</summary>
    public static ValueSchema Any { get; } = new(ValueKind.Any);

    /// <summary>The schema of a reference to another definition.</summary>
    public static ValueSchema ObjectOf(Func<TypeSchema> type) =>
        new(ValueKind.Object, objectType: type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary>The schema of a list whose model type is <c>IList&lt;T&gt;</c>.</summary>
    public static ValueSchema ListOf<T>(ValueSchema element) =>
        new(ValueKind.List, element ?? throw new ArgumentNullException(nameof(element)), createList: static () => new List<T>());

    /// <summary>The schema of a map whose model type is <c>IDictionary&lt;string, T&gt;</c>.</summary>
    public static ValueSchema MapOf<T>(ValueSchema element) =>
        new(ValueKind.Map, element ?? throw new ArgumentNullException(nameof(element)), createMap: static () => new Dictionary<string, T>(StringComparer.Ordinal));

    /// <summary>For a list: a new, empty list of the model's item type.</summary>
    public IList CreateList() =>
        _createList?.Invoke() ?? throw new InvalidOperationException($"A {Kind} value is not a list.");

    /// <summary>For a map: a new, empty dictionary of the model's value type.</summary>
    public IDictionary CreateMap() =>
        _createMap?.Invoke() ?? throw new InvalidOperationException($"A {Kind} value is not a map.");
}
