using System.Collections;
using System.Text;
using K8sTyped.Serialization;

namespace K8sTyped.Tool.Import;

/// <summary>
/// Renders any typed model value as a C# initializer (<c>new V1StatefulSet { Metadata = new V1ObjectMeta { ... } }</c>),
/// walking the type's schema, so every kind K8sTyped models can be imported. Short values stay on one line.
/// </summary>
internal static class ModelInitializer
{
    private const int LineWidth = 100;

    /// <summary>The C# expression for <paramref name="value"/> of the declared CLR type, indented to <paramref name="indent"/>.</summary>
    /// <exception cref="ImportException">The value is a timestamp or free-form data, which build-time evaluation cannot create.</exception>
    public static string Render(object? value, Type declaredType, string indent, string path)
    {
        if (value is null) return "null";
        var type = Nullable.GetUnderlyingType(declaredType) ?? declaredType;
        switch (value)
        {
            case string text: return CSharpLiterals.String(text, indent);
            case bool flag: return CSharpLiterals.Bool(flag);
            case int number: return CSharpLiterals.Int(number);
            case long number: return CSharpLiterals.Int(number);
            case double number: return CSharpLiterals.Double(number);
            case Quantity quantity: return CSharpLiterals.String(quantity.ToString());
            case IntOrString intOrString: return intOrString.IsInt ? CSharpLiterals.Int(intOrString.IntValue) : CSharpLiterals.String(intOrString.StringValue);
            case byte[] bytes: return Bytes(bytes);
            case DateTime or DateTimeOffset:
                throw new ImportException(path, "a timestamp cannot be created in C# the generator evaluates (it refuses DateTime); remove it from the input (the API server sets it)");
            case Yaml.YamlNode:
                throw new ImportException(path, "free-form data (a YamlNode) has no C# initializer the generator evaluates");
            case IDictionary map: return Map(map, type, indent, path);
            case IList list: return List(list, type, indent, path);
        }

        if (ModelCatalog.TryGet(value.GetType(), out var schema)) return Object(value, schema, indent, path);
        throw new ImportException(path, $"a {value.GetType().Name} value has no C# form");
    }

    /// <summary>The property initializers of a model object (those that differ from a new object), as <c>Name = value</c>.</summary>
    public static IEnumerable<(string Name, string Value)> Properties(object model, TypeSchema schema, string indent, string path)
    {
        var fresh = schema.Create();
        // What names the object reads first, as people write it; the rest in the schema's order.
        foreach (var property in schema.Properties.OrderBy(p => p.JsonName is "name" or "metadata" ? 0 : 1))
        {
            var value = property.Get(model);
            var initial = property.Get(fresh);
            if (value is null && initial is null) continue;
            if (value is string text && initial is string initialText && text == initialText) continue;
            var propertyType = schema.ClrType.GetProperty(property.ClrName)!.PropertyType;
            yield return (property.ClrName, Render(value, propertyType, indent, FieldPath(path, property.JsonName)));
        }
    }

    public static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(int)) return "int";
        if (type == typeof(long)) return "long";
        if (type == typeof(double)) return "double";
        if (type == typeof(byte[])) return "byte[]";
        if (type.IsGenericType)
        {
            // The model declares IList<T> and IDictionary<string, T>; the initializer creates List<T> and Dictionary<string, T>.
            var arguments = type.GetGenericArguments();
            return arguments.Length == 1 ? $"List<{TypeName(arguments[0])}>" : $"Dictionary<{TypeName(arguments[0])}, {TypeName(arguments[1])}>";
        }

        return type.Name;
    }

    private static string Object(object model, TypeSchema schema, string indent, string path)
    {
        var inner = indent + "    ";
        var properties = Properties(model, schema, inner, path).Select(p => $"{p.Name} = {p.Value}").ToList();
        return Block($"new {schema.ClrType.Name}", properties, indent);
    }

    private static string List(IList list, Type type, string indent, string path)
    {
        var element = type.GetGenericArguments()[0];
        var items = new List<string>();
        for (var i = 0; i < list.Count; i++)
            items.Add(Render(list[i], element, indent + "    ", $"{path}[{i}]"));
        return Block($"new List<{TypeName(element)}>", items, indent);
    }

    private static string Map(IDictionary map, Type type, string indent, string path)
    {
        var element = type.GetGenericArguments()[1];
        var entries = new List<string>();
        foreach (var key in map.Keys.Cast<string>().OrderBy(k => k, StringComparer.Ordinal))
            entries.Add($"[{CSharpLiterals.String(key)}] = {Render(map[key], element, indent + "    ", $"{path}[{key}]")}");
        return Block($"new Dictionary<string, {TypeName(element)}>", entries, indent);
    }

    // Text that is valid UTF-8 is written as text; anything else byte by byte.
    private static string Bytes(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            if (Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(bytes)) return $"Encoding.UTF8.GetBytes({CSharpLiterals.String(text)})";
        }
        catch (DecoderFallbackException)
        {
            // Not text: written as bytes below.
        }

        return $"new byte[] {{ {string.Join(", ", bytes.Select(b => $"0x{b:X2}"))} }}";
    }

    /// <summary><c>head { a, b }</c> on one line when it is short, else one item a line.</summary>
    public static string Block(string head, IReadOnlyList<string> items, string indent)
    {
        if (items.Count == 0) return head + "()";
        var oneLine = $"{head} {{ {string.Join(", ", items)} }}";
        if (!oneLine.Contains('\n') && indent.Length + oneLine.Length <= LineWidth) return oneLine;
        var text = new StringBuilder(head).Append('\n').Append(indent).Append("{\n");
        foreach (var item in items)
            text.Append(indent).Append("    ").Append(item).Append(",\n");
        return text.Append(indent).Append('}').ToString();
    }

    public static string FieldPath(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;
}
