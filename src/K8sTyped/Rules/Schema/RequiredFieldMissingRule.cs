using K8sTyped.Serialization;

namespace K8sTyped.Rules.Schema;

/// <summary>
/// KT1101: a property the OpenAPI document lists as required is unset on an object that is set. Driven by the schema,
/// so it covers every model type: <c>spec.selector</c> of a StatefulSet, <c>name</c> of a container,
/// <c>containerPort</c> of a port. An empty list counts as set (whether it may be empty is a rule of its own).
/// </summary>
internal sealed class RequiredFieldMissingRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.RequiredFieldMissing;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            var kind = obj.Kind ?? obj.GetType().Name;
            foreach (var field in SchemaWalker.Fields(obj, static property => property.Required, static (_, value) => value is null))
            {
                context.Report(Descriptor, obj, field.Path,
                    $"{kind} field {field.Path} is required but not set. The API server rejects the object with " +
                    $"\"{field.Path}: Required value\". Set {field.Property.JsonName} ({Describe(field.Property.Value)}).");
            }
        }
    }

    private static string Describe(ValueSchema value) => value.Kind switch
    {
        ValueKind.Object => "an object of type " + ShortName(value.ObjectType.Definition),
        ValueKind.List => "a list",
        ValueKind.Map => "a map",
        ValueKind.Int32 or ValueKind.Int64 => "an integer",
        ValueKind.IntOrString => "a number or a name",
        ValueKind.Boolean => "true or false",
        _ => "a " + value.Kind.ToString().ToLowerInvariant(),
    };

    private static string ShortName(string definition) => definition.Substring(definition.LastIndexOf('.') + 1);
}
