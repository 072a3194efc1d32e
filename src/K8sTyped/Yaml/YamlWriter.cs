using System.Text;
using K8sTyped.Yaml.Writing;

namespace K8sTyped.Yaml;

/// <summary>
/// Writes node trees as YAML that <c>kubectl apply</c> (go-yaml v2, YAML 1.1) and YAML 1.2 parsers read exactly as
/// the tree says. Output is deterministic: LF line endings, two-space block layout like <c>kubectl get -o yaml</c>,
/// entries in the tree's order, <c>{}</c>/<c>[]</c> for empty collections, and a final line feed.
/// Strings are quoted whenever any YAML 1.1 or 1.2 parser could read the bare text as something else;
/// see docs/yaml-output.md for the rules.
/// </summary>
public static class YamlWriter
{
    /// <summary>Writes one document (without a leading <c>---</c>).</summary>
    /// <param name="document">The document's root node.</param>
    /// <returns>The YAML text, ending with a line feed.</returns>
    /// <exception cref="ArgumentException">
    /// A non-string scalar's text does not denote a value of its kind (for example an integer <c>0123</c> or a float
    /// <c>.inf</c>), a string holds an unpaired surrogate, a key is longer than YAML allows, or the tree nests collections
    /// deeper than 1000 levels or holds a cycle (a collection inside itself).
    /// </exception>
    public static string Write(YamlNode document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        return Write([document]);
    }

    /// <summary>
    /// Writes a multi-document stream: documents are separated by a <c>---</c> line and the first one has no
    /// leading <c>---</c>, so a stream of one document is the same text as <see cref="Write(YamlNode)"/>.
    /// No documents give an empty string.
    /// </summary>
    /// <param name="documents">The documents' root nodes, in order.</param>
    /// <returns>The YAML text, ending with a line feed unless empty.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Write(YamlNode)"/>, or a document is null.</exception>
    public static string Write(IEnumerable<YamlNode> documents)
    {
        if (documents is null) throw new ArgumentNullException(nameof(documents));
        var output = new StringBuilder();
        var emitter = new YamlEmitter(output);
        var first = true;
        foreach (var document in documents)
        {
            if (document is null) throw new ArgumentException("The document list contains null.", nameof(documents));
            if (!first) output.Append("---\n");
            first = false;
            YamlNodeReplay.Replay(document, emitter);
        }

        return output.ToString();
    }
}
