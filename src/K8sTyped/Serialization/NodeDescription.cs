using K8sTyped.Yaml;

namespace K8sTyped.Serialization;

/// <summary>Describes a node for error messages: <c>the integer 8080</c>, <c>the string "abc"</c>, <c>a list</c>.</summary>
internal static class NodeDescription
{
    private const int MaxShownLength = 40;

    /// <summary>A short phrase naming what the node is and, for scalars, its value.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar { Kind: YamlScalarKind.String } scalar => $"the string \"{Shorten(scalar.Value)}\"",
        YamlScalar { Kind: YamlScalarKind.Integer } scalar => $"the integer {scalar.Value}",
        YamlScalar { Kind: YamlScalarKind.Float } scalar => $"the number {scalar.Value}",
        YamlScalar { Kind: YamlScalarKind.Boolean } scalar => $"the boolean {scalar.Value}",
        YamlScalar { Kind: YamlScalarKind.Null } => "null",
        _ => node.GetType().Name,
    };

    private static string Shorten(string text) =>
        text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength) + "...";
}
