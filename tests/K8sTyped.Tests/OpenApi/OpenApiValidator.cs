using System.Text.Json;
using System.Text.RegularExpressions;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.OpenApi;

/// <summary>
/// Checks a YAML document tree against the Kubernetes OpenAPI document itself, independently of our generated model,
/// the way <c>kubectl --validate=strict</c> would: unknown fields, wrong scalar types, missing required fields and
/// malformed quantities. It is the second opinion that proves what we write is what the API accepts.
/// </summary>
internal sealed partial class OpenApiValidator
{
    private const string DefinitionPrefix = "#/definitions/";

    // The stricter client-side pattern for quantities (kubernetes-invariants.md §8).
    [GeneratedRegex(@"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$")]
    private static partial Regex QuantityPattern();

    private static readonly Lazy<OpenApiValidator> s_kubernetes136 =
        new(() => new OpenApiValidator(File.ReadAllText(TestSupport.RepositoryPaths.OpenApiDocument)));

    private readonly JsonElement _definitions;
    private readonly Dictionary<(string ApiVersion, string Kind), string> _definitionByKind = [];

    private OpenApiValidator(string json)
    {
        // The elements keep their document alive; it is never disposed because the validator lives for the test run.
        _definitions = JsonDocument.Parse(json).RootElement.GetProperty("definitions");
        foreach (var definition in _definitions.EnumerateObject())
        {
            if (!definition.Value.TryGetProperty("x-kubernetes-group-version-kind", out var gvks) || gvks.GetArrayLength() != 1)
                continue;
            var gvk = gvks[0];
            var group = gvk.GetProperty("group").GetString()!;
            var version = gvk.GetProperty("version").GetString()!;
            var apiVersion = group.Length == 0 ? version : $"{group}/{version}";
            _definitionByKind[(apiVersion, gvk.GetProperty("kind").GetString()!)] = definition.Name;
        }
    }

    /// <summary>The validator for the Kubernetes 1.36 document in ../shared.</summary>
    public static OpenApiValidator Kubernetes136 => s_kubernetes136.Value;

    /// <summary>Validates one top-level object.</summary>
    public IReadOnlyList<OpenApiViolation> Validate(YamlNode document)
    {
        var violations = new List<OpenApiViolation>();
        if (document is not YamlMapping mapping)
        {
            violations.Add(Violation("", document, "a Kubernetes object must be a mapping"));
            return violations;
        }

        var apiVersion = ScalarText(mapping, "apiVersion");
        var kind = ScalarText(mapping, "kind");
        if (apiVersion is null || kind is null || !_definitionByKind.TryGetValue((apiVersion, kind), out var definition))
        {
            violations.Add(Violation("", document, $"no definition for apiVersion '{apiVersion}' kind '{kind}'"));
            return violations;
        }

        ValidateDefinition(definition, mapping, "", violations);
        return violations;
    }

    private void ValidateDefinition(string definitionName, YamlNode node, string path, List<OpenApiViolation> violations)
    {
        var definition = _definitions.GetProperty(definitionName);
        switch (definitionName)
        {
            case "io.k8s.apimachinery.pkg.api.resource.Quantity":
                if (node is not YamlScalar { Kind: YamlScalarKind.String or YamlScalarKind.Integer or YamlScalarKind.Float } quantity
                    || !QuantityPattern().IsMatch(quantity.Value))
                    violations.Add(Violation(path, node, $"'{Describe(node)}' is not a quantity"));
                return;
            case "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
                if (node is not YamlScalar { Kind: YamlScalarKind.String or YamlScalarKind.Integer })
                    violations.Add(Violation(path, node, $"expected an integer or a string, found {Describe(node)}"));
                return;
        }

        if (!definition.TryGetProperty("properties", out var properties))
        {
            // Free-form (RawExtension, FieldsV1) or a string format (Time, MicroTime).
            if (definition.TryGetProperty("type", out var type) && type.GetString() == "string")
                ValidateScalar(definition, node, path, violations);
            return;
        }

        if (node is not YamlMapping mapping)
        {
            violations.Add(Violation(path, node, $"expected an object, found {Describe(node)}"));
            return;
        }

        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            var childPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
            if (!properties.TryGetProperty(key.Value, out var property))
            {
                violations.Add(Violation(childPath, key, $"unknown field \"{childPath}\""));
                continue;
            }

            ValidateValue(property, value, childPath, violations);
        }

        if (definition.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!mapping.TryGetValue(name, out _))
                    violations.Add(Violation(path, mapping, $"missing required field \"{name}\""));
            }
        }
    }

    private void ValidateValue(JsonElement schema, YamlNode node, string path, List<OpenApiViolation> violations)
    {
        if (node is YamlScalar { Kind: YamlScalarKind.Null })
            return; // null means unset to the API server's decoder.

        if (schema.TryGetProperty("$ref", out var reference))
        {
            ValidateDefinition(reference.GetString()![DefinitionPrefix.Length..], node, path, violations);
            return;
        }

        switch (schema.GetProperty("type").GetString())
        {
            case "array":
                if (node is not YamlSequence sequence)
                {
                    violations.Add(Violation(path, node, $"expected an array, found {Describe(node)}"));
                    return;
                }

                var items = schema.GetProperty("items");
                for (var i = 0; i < sequence.Items.Count; i++)
                    ValidateValue(items, sequence.Items[i], $"{path}[{i}]", violations);
                return;
            case "object":
                if (node is not YamlMapping map)
                {
                    violations.Add(Violation(path, node, $"expected an object, found {Describe(node)}"));
                    return;
                }

                if (schema.TryGetProperty("additionalProperties", out var valueSchema))
                {
                    foreach (var entry in map.Entries)
                        ValidateValue(valueSchema, entry.Value, $"{path}[{entry.Key.Value}]", violations);
                }

                return;
            default:
                ValidateScalar(schema, node, path, violations);
                return;
        }
    }

    private static void ValidateScalar(JsonElement schema, YamlNode node, string path, List<OpenApiViolation> violations)
    {
        var type = schema.GetProperty("type").GetString();
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (node is not YamlScalar scalar)
        {
            violations.Add(Violation(path, node, $"expected {WithArticle(type)}, found {Describe(node)}"));
            return;
        }

        var ok = type switch
        {
            "string" => scalar.Kind == YamlScalarKind.String && format switch
            {
                "byte" => IsBase64(scalar.Value),
                "date-time" => DateTimeOffset.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
                _ => true,
            },
            "integer" => scalar.Kind == YamlScalarKind.Integer && format switch
            {
                "int32" => int.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
                _ => long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
            },
            "number" => scalar.Kind is YamlScalarKind.Integer or YamlScalarKind.Float,
            "boolean" => scalar.Kind == YamlScalarKind.Boolean,
            _ => throw new InvalidOperationException($"The OpenAPI document uses an unexpected type '{type}' at {path}."),
        };
        if (!ok)
            violations.Add(Violation(path, node, $"expected {WithArticle(type)}{(format is null ? "" : $" ({format})")}, found {Describe(node)}"));
    }

    private static bool IsBase64(string text)
    {
        try
        {
            Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string WithArticle(string? type) => type is "integer" ? "an integer" : $"a {type}";

    private static string? ScalarText(YamlMapping mapping, string key) =>
        mapping.TryGetValue(key, out var node) && node is YamlScalar scalar ? scalar.Value : null;

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar s => $"the {s.Kind.ToString().ToLowerInvariant()} '{s.Value}'",
        YamlSequence => "an array",
        YamlMapping => "an object",
        _ => node.GetType().Name,
    };

    private static OpenApiViolation Violation(string path, YamlNode node, string message) =>
        new(path, node.Start.Line, node.Start.Column, message);
}
