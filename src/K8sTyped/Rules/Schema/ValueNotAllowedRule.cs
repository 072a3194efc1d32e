using K8sTyped.Text;
namespace K8sTyped.Rules.Schema;

/// <summary>
/// KT1102: a string field (or an item of a string list) whose schema lists the values the API accepts holds another
/// value. Enum values are case-sensitive on the API server, so <c>readwriteonce</c> is rejected.
/// </summary>
internal sealed class ValueNotAllowedRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ValueNotAllowed;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            // List items come as fields of their own, so an accessModes item is checked at accessModes[i].
            foreach (var field in SchemaWalker.Fields(obj, static property => property.EnumValues.Count > 0, static (_, value) => value is string))
                Check(context, obj, field, (string)field.Value!, field.Property.EnumValues);
        }
    }

    private void Check(RuleContext context, Models.IKubernetesObject obj, SchemaField field, string value, IReadOnlyList<string> allowed)
    {
        if (allowed.Contains(value, StringComparer.Ordinal)) return;
        var path = field.Path;
        var quoted = string.Join(", ", allowed.Select(a => $"\"{a}\""));
        var suggestion = Suggestions.Best(value, allowed) is { } closest ? $"Did you mean \"{closest}\"? " : "";
        context.Report(Descriptor, obj, path,
            $"\"{value}\" is not a value {path} accepts. The API server rejects the object with " +
            $"\"{path}: Unsupported value: \"{value}\": supported values: {quoted}\". " +
            $"{suggestion}Use one of {quoted}; values are case-sensitive.");
    }
}
