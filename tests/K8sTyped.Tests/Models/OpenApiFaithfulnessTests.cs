using K8sTyped.Tests.TestSupport;
using System.Text.Json;
using K8sTyped.Serialization;

namespace K8sTyped.Tests.Models;

/// <summary>
/// Reads the OpenAPI document independently of the generator and checks the generated schemas against it:
/// a bug in the generator's parser cannot hide behind the same bug here.
/// </summary>
public class OpenApiFaithfulnessTests
{
    private static readonly (string Group, string Version, string Prefix)[] SelectedGroupVersions =
    [
        ("", "v1", "io.k8s.api.core.v1."),
        ("apps", "v1", "io.k8s.api.apps.v1."),
        ("batch", "v1", "io.k8s.api.batch.v1."),
        ("storage.k8s.io", "v1", "io.k8s.api.storage.v1."),
        ("networking.k8s.io", "v1", "io.k8s.api.networking.v1."),
        ("policy", "v1", "io.k8s.api.policy.v1."),
        ("rbac.authorization.k8s.io", "v1", "io.k8s.api.rbac.v1."),
        ("autoscaling", "v2", "io.k8s.api.autoscaling.v2."),
        ("scheduling.k8s.io", "v1", "io.k8s.api.scheduling.v1."),
        ("discovery.k8s.io", "v1", "io.k8s.api.discovery.v1."),
        ("coordination.k8s.io", "v1", "io.k8s.api.coordination.v1."),
        ("node.k8s.io", "v1", "io.k8s.api.node.v1."),
    ];

    private static readonly Dictionary<string, string> ScalarDefinitions = new(StringComparer.Ordinal)
    {
        ["io.k8s.apimachinery.pkg.api.resource.Quantity"] = nameof(ValueKind.Quantity),
        ["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = nameof(ValueKind.IntOrString),
        ["io.k8s.apimachinery.pkg.apis.meta.v1.Time"] = nameof(ValueKind.Time),
        ["io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"] = nameof(ValueKind.MicroTime),
    };

    private readonly Dictionary<string, JsonElement> _definitions;

    public OpenApiFaithfulnessTests()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.OpenApiDocument));
        _definitions = document.RootElement.GetProperty("definitions").EnumerateObject()
            .ToDictionary(d => d.Name, d => d.Value.Clone(), StringComparer.Ordinal);
    }

    [Fact]
    public void Every_selected_definition_has_a_schema_and_nothing_else_does()
    {
        var expected = SelectedClassDefinitions().Order(StringComparer.Ordinal).ToList();
        var actual = ModelCatalog.Types.Select(type => type.Definition).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
        Assert.InRange(expected.Count, 350, 500); // The selection itself is sane: ~400 definitions in 1.36.
    }

    [Fact]
    public void Every_schema_matches_its_definition_property_for_property()
    {
        var mismatches = new List<string>();
        foreach (var schema in ModelCatalog.Types)
        {
            var definition = _definitions[schema.Definition];
            var required = definition.TryGetProperty("required", out var names)
                ? names.EnumerateArray().Select(name => name.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            var properties = definition.GetProperty("properties").EnumerateObject().ToList();

            var expectedNames = properties.Select(p => p.Name).ToList();
            var actualNames = schema.Properties.Select(p => p.JsonName).ToList();
            if (!expectedNames.SequenceEqual(actualNames))
            {
                mismatches.Add($"{schema.Definition}: properties [{string.Join(", ", actualNames)}], document [{string.Join(", ", expectedNames)}]");
                continue;
            }

            foreach (var (property, propertySchema) in properties.Zip(schema.Properties))
            {
                var expectedShape = DescribeDocumentValue(property.Value);
                var actualShape = DescribeSchemaValue(propertySchema.Value);
                if (expectedShape != actualShape)
                    mismatches.Add($"{schema.Definition}.{property.Name}: schema {actualShape}, document {expectedShape}");
                if (required.Contains(property.Name) != propertySchema.Required)
                    mismatches.Add($"{schema.Definition}.{property.Name}: schema says required={propertySchema.Required}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Kinds_carry_the_documents_single_group_version_kind()
    {
        var mismatches = new List<string>();
        foreach (var schema in ModelCatalog.Types)
        {
            var selectedEntries = _definitions[schema.Definition].TryGetProperty("x-kubernetes-group-version-kind", out var entries)
                ? entries.EnumerateArray()
                    .Select(entry => (Group: entry.GetProperty("group").GetString()!, Version: entry.GetProperty("version").GetString()!, Kind: entry.GetProperty("kind").GetString()!))
                    .Where(entry => SelectedGroupVersions.Any(selected => selected.Group == entry.Group && selected.Version == entry.Version))
                    .ToList()
                : [];
            var (expectedApiVersion, expectedKind) = selectedEntries.Count == 1
                ? (selectedEntries[0].Group.Length == 0 ? selectedEntries[0].Version : $"{selectedEntries[0].Group}/{selectedEntries[0].Version}", selectedEntries[0].Kind)
                : (null, null);
            if (schema.ApiVersion != expectedApiVersion || schema.Kind != expectedKind)
                mismatches.Add($"{schema.Definition}: schema {schema.ApiVersion} {schema.Kind}, document {expectedApiVersion} {expectedKind}");
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Null(ModelCatalog.Get(typeof(K8sTyped.Models.V1DeleteOptions)).Kind); // Listed under dozens of groups.
    }

    private HashSet<string> SelectedClassDefinitions()
    {
        var selected = _definitions.Keys
            .Where(name => name.StartsWith("io.k8s.apimachinery.pkg.apis.meta.v1.", StringComparison.Ordinal)
                || (SelectedGroupVersions.Any(selected => name.StartsWith(selected.Prefix, StringComparison.Ordinal))
                    && _definitions[name].TryGetProperty("x-kubernetes-group-version-kind", out _)))
            .ToHashSet(StringComparer.Ordinal);
        var pending = new Queue<string>(selected);
        while (pending.TryDequeue(out var name))
        {
            foreach (var reference in References(_definitions[name]))
                if (selected.Add(reference))
                    pending.Enqueue(reference);
        }

        selected.RemoveWhere(name => !_definitions[name].TryGetProperty("properties", out _));
        return selected;
    }

    private static IEnumerable<string> References(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(member =>
            member.Name == "$ref" ? [member.Value.GetString()!["#/definitions/".Length..]] : References(member.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(References),
        _ => [],
    };

    /// <summary>A value's shape as text, e.g. <c>List(Object(io.k8s.api.core.v1.Container))</c>.</summary>
    private string DescribeDocumentValue(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/definitions/".Length..];
            if (ScalarDefinitions.TryGetValue(name, out var scalar))
                return scalar;
            return _definitions[name].TryGetProperty("properties", out _) ? $"Object({name})" : nameof(ValueKind.Any);
        }

        var format = schema.TryGetProperty("format", out var formatElement) ? formatElement.GetString() : null;
        return (schema.GetProperty("type").GetString(), format) switch
        {
            ("string", "byte") => nameof(ValueKind.Bytes),
            ("string", null) => nameof(ValueKind.String),
            ("boolean", null) => nameof(ValueKind.Boolean),
            ("integer", "int32") => nameof(ValueKind.Int32),
            ("integer", "int64") => nameof(ValueKind.Int64),
            ("number", "double") => nameof(ValueKind.Double),
            ("array", null) => $"List({DescribeDocumentValue(schema.GetProperty("items"))})",
            ("object", null) => schema.TryGetProperty("additionalProperties", out var values)
                ? $"Map({DescribeDocumentValue(values)})"
                : nameof(ValueKind.Any),
            var (type, _) => $"unmapped {type}/{format}",
        };
    }

    private static string DescribeSchemaValue(ValueSchema value) => value.Kind switch
    {
        ValueKind.Object => $"Object({value.ObjectType.Definition})",
        ValueKind.List or ValueKind.Map => $"{value.Kind}({DescribeSchemaValue(value.Element!)})",
        _ => value.Kind.ToString(),
    };
}
