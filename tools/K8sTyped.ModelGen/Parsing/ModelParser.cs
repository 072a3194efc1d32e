using System.Text.Json;
using K8sTyped.ModelGen.Spec;

namespace K8sTyped.ModelGen.Parsing;

/// <summary>Reads the Kubernetes OpenAPI v2 document into a <see cref="ModelSpec"/>.</summary>
internal static class ModelParser
{
    private const string RefPrefix = "#/definitions/";

    /// <summary>Definitions that are scalar values on the wire, whatever their OpenAPI shape.</summary>
    private static readonly Dictionary<string, WireKind> ValueDefinitions = new(StringComparer.Ordinal)
    {
        ["io.k8s.apimachinery.pkg.api.resource.Quantity"] = WireKind.Quantity,
        ["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = WireKind.IntOrString,
        ["io.k8s.apimachinery.pkg.apis.meta.v1.Time"] = WireKind.Time,
        ["io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"] = WireKind.MicroTime,
    };

    /// <summary>Selects the modelled definitions, names them and maps their properties.</summary>
    /// <exception cref="ModelGenException">The document has a shape the mapping rules do not cover, or the enum catalogue names something missing.</exception>
    public static ModelSpec Parse(JsonDocument document)
    {
        if (!document.RootElement.TryGetProperty("definitions", out var definitions) || definitions.ValueKind != JsonValueKind.Object)
            throw new ModelGenException("The document has no 'definitions' object; is it an OpenAPI v2 (swagger) document?");

        var all = definitions.EnumerateObject().ToDictionary(d => d.Name, d => d.Value, StringComparer.Ordinal);
        var selected = SelectWithReferences(all);

        var valueKinds = new Dictionary<string, WireKind>(StringComparer.Ordinal);
        var classDefinitions = new List<string>();
        foreach (var name in selected.Order(StringComparer.Ordinal))
        {
            if (ValueDefinitions.TryGetValue(name, out var kind))
                valueKinds.Add(name, kind);
            else if (all[name].TryGetProperty("properties", out _))
                classDefinitions.Add(name);
            else if (TypeOf(all[name]) == "object")
                valueKinds.Add(name, WireKind.Any); // RawExtension, FieldsV1, Patch: free-form data.
            else
                throw new ModelGenException($"Definition '{name}' has no properties and is not a known value definition; add it to {nameof(ModelParser)}.{nameof(ValueDefinitions)}.");
        }

        var classNames = AssignClassNames(classDefinitions);
        var enumValues = CatalogueEnums(all, classDefinitions);
        var types = classDefinitions
            .Select(name => ParseType(name, all[name], classNames, valueKinds, enumValues))
            .OrderBy(type => type.ClassName, StringComparer.Ordinal)
            .ToList();
        return new ModelSpec(types);
    }

    /// <summary>The kinds of the selected group versions, every meta/v1 definition, and everything they refer to.</summary>
    private static HashSet<string> SelectWithReferences(Dictionary<string, JsonElement> all)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var (name, definition) in all)
        {
            var isKindOfSelectedGroup = definition.TryGetProperty("x-kubernetes-group-version-kind", out _)
                && SelectedGroupVersion.All.Any(groupVersion => name.StartsWith(groupVersion.DefinitionPrefix, StringComparison.Ordinal));
            if ((isKindOfSelectedGroup || name.StartsWith(SelectedGroupVersion.MetaDefinitionPrefix, StringComparison.Ordinal)) && selected.Add(name))
                pending.Push(name);
        }

        while (pending.TryPop(out var name))
        {
            foreach (var reference in References(all[name]))
            {
                if (!all.ContainsKey(reference))
                    throw new ModelGenException($"Definition '{name}' refers to '{reference}', which the document does not define.");
                if (selected.Add(reference))
                    pending.Push(reference);
            }
        }

        return selected;
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                if (member.Name == "$ref")
                    yield return ReferencedDefinition(member.Value);
                else
                    foreach (var reference in References(member.Value))
                        yield return reference;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var reference in References(item))
                    yield return reference;
        }
    }

    private static string ReferencedDefinition(JsonElement reference)
    {
        var text = reference.GetString() ?? "";
        if (!text.StartsWith(RefPrefix, StringComparison.Ordinal))
            throw new ModelGenException($"Unsupported $ref '{text}': only local '{RefPrefix}...' references are mapped.");
        return text[RefPrefix.Length..];
    }

    /// <summary>V1 + short name; when two definitions share that name, both get their package and version as prefix.</summary>
    private static Dictionary<string, string> AssignClassNames(List<string> classDefinitions)
    {
        var classNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sameName in classDefinitions.GroupBy(Naming.ClassName, StringComparer.Ordinal))
        {
            var collides = sameName.Count() > 1;
            foreach (var definition in sameName)
                classNames.Add(definition, collides ? Naming.QualifiedClassName(definition) : sameName.Key);
        }

        var duplicate = classNames.GroupBy(pair => pair.Value, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ModelGenException($"Definitions {string.Join(", ", duplicate.Select(pair => pair.Key))} all map to class '{duplicate.Key}'.");
        return classNames;
    }

    /// <summary>Checks every catalogue entry against the document and indexes it by definition and property.</summary>
    private static Dictionary<(string Definition, string Property), IReadOnlyList<string>> CatalogueEnums(
        Dictionary<string, JsonElement> all, List<string> classDefinitions)
    {
        var modelled = classDefinitions.ToHashSet(StringComparer.Ordinal);
        var enumValues = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var (definition, property, values) in EnumCatalog.Entries)
        {
            var entry = $"Enum catalogue entry '{definition}.{property}'";
            if (!modelled.Contains(definition))
                throw new ModelGenException($"{entry}: definition '{definition}' is not in the document's modelled definitions.");
            if (!all[definition].GetProperty("properties").TryGetProperty(property, out var schema))
                throw new ModelGenException($"{entry}: definition '{definition}' has no property '{property}'.");
            var itemSchema = TypeOf(schema) == "array" ? schema.GetProperty("items") : schema;
            if (TypeOf(itemSchema) != "string" || itemSchema.TryGetProperty("format", out _))
                throw new ModelGenException($"{entry}: the property is not a plain string or a list of plain strings.");
            if (!enumValues.TryAdd((definition, property), values))
                throw new ModelGenException($"{entry} is listed twice.");
        }

        return enumValues;
    }

    private static TypeSpec ParseType(
        string definition,
        JsonElement schema,
        Dictionary<string, string> classNames,
        Dictionary<string, WireKind> valueKinds,
        Dictionary<(string, string), IReadOnlyList<string>> enumValues)
    {
        var className = classNames[definition];
        var required = schema.TryGetProperty("required", out var requiredNames)
            ? requiredNames.EnumerateArray().Select(name => name.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];

        var properties = new List<PropertySpec>();
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var context = $"{definition}.{property.Name}";
            properties.Add(new PropertySpec(
                property.Name,
                Naming.PropertyName(property.Name, className),
                Description(property.Value),
                MapValue(property.Value, context, classNames, valueKinds),
                required.Remove(property.Name),
                enumValues.GetValueOrDefault((definition, property.Name), [])));
        }

        if (required.Count > 0)
            throw new ModelGenException($"Definition '{definition}' requires properties it does not declare: {string.Join(", ", required)}.");
        var clash = properties.GroupBy(p => p.ClrName, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
            throw new ModelGenException($"Definition '{definition}': properties {string.Join(", ", clash.Select(p => p.JsonName))} all map to C# name '{clash.Key}'.");

        return new TypeSpec(definition, className, Naming.Folder(definition), Description(schema), ParseKind(definition, schema, properties), properties);
    }

    /// <summary>A kind: exactly one group-version-kind in the selected groups (DeleteOptions, WatchEvent list dozens).</summary>
    private static KindSpec? ParseKind(string definition, JsonElement schema, List<PropertySpec> properties)
    {
        if (!schema.TryGetProperty("x-kubernetes-group-version-kind", out var entries))
            return null;
        var selected = entries.EnumerateArray()
            .Select(entry => (Group: entry.GetProperty("group").GetString()!, Version: entry.GetProperty("version").GetString()!, Kind: entry.GetProperty("kind").GetString()!))
            .Where(entry => SelectedGroupVersion.Contains(entry.Group, entry.Version))
            .ToList();
        if (selected.Count != 1)
            return null;

        foreach (var member in (string[])["apiVersion", "kind"])
        {
            if (properties.Find(p => p.JsonName == member)?.Value.Kind != WireKind.String)
                throw new ModelGenException($"Kind '{definition}' has no string property '{member}'.");
        }

        var metadata = properties.Find(p => p.JsonName == "metadata" && p.Value.Kind == WireKind.Object);
        var (group, version, kind) = selected[0];
        return new KindSpec(group, version, kind, metadata?.Value.ObjectClass);
    }

    private static ValueSpec MapValue(JsonElement schema, string context, Dictionary<string, string> classNames, Dictionary<string, WireKind> valueKinds)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var definition = ReferencedDefinition(reference);
            return valueKinds.TryGetValue(definition, out var kind) ? new ValueSpec(kind) : new ValueSpec(WireKind.Object, ObjectClass: classNames[definition]);
        }

        var format = schema.TryGetProperty("format", out var formatElement) ? formatElement.GetString() : null;
        return (TypeOf(schema), format) switch
        {
            ("string", null) => new ValueSpec(WireKind.String),
            ("string", "byte") => new ValueSpec(WireKind.Bytes),
            ("boolean", null) => new ValueSpec(WireKind.Boolean),
            ("integer", "int32") => new ValueSpec(WireKind.Int32),
            ("integer", "int64") => new ValueSpec(WireKind.Int64),
            ("number", "double") => new ValueSpec(WireKind.Double),
            ("array", null) => new ValueSpec(WireKind.List, MapValue(schema.GetProperty("items"), context + "[]", classNames, valueKinds)),
            ("object", null) when schema.TryGetProperty("additionalProperties", out var values) =>
                new ValueSpec(WireKind.Map, MapValue(values, context + "{}", classNames, valueKinds)),
            ("object", null) when !schema.TryGetProperty("properties", out _) => new ValueSpec(WireKind.Any),
            var (type, _) => throw new ModelGenException($"'{context}': no mapping for type '{type}' with format '{format}'."),
        };
    }

    private static string? TypeOf(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) ? type.GetString() : null;

    private static string? Description(JsonElement schema) =>
        schema.TryGetProperty("description", out var description) ? description.GetString() : null;
}
