using System.Text;
using K8sTyped.Yaml.Writing;

namespace K8sTyped.Yaml;

/// <summary>
/// Writes a node tree as RFC 8259 JSON: two-space indentation, keys in the tree's order, <c>{}</c>/<c>[]</c> for
/// empty collections, a final line feed. Strings escape <c>"</c>, <c>\</c> and control characters and keep other
/// characters as they are; numbers, booleans and null are written bare after the same validation as in YAML.
/// </summary>
public static class JsonWriter
{
    /// <summary>Writes the tree as one JSON value.</summary>
    /// <param name="node">The root node.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentException">
    /// A non-string scalar's text does not denote a value of its kind (non-finite floats have no JSON form),
    /// a string holds an unpaired surrogate, or the tree nests collections deeper than 1000 levels or holds a cycle
    /// (a collection inside itself).
    /// </exception>
    public static string Write(YamlNode node)
    {
        if (node is null) throw new ArgumentNullException(nameof(node));
        var output = new StringBuilder();
        YamlNodeReplay.Replay(node, new JsonEmitter(output));
        return output.Append('\n').ToString();
    }
}
