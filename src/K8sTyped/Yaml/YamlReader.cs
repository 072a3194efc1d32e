using K8sTyped.Yaml.Reading;

namespace K8sTyped.Yaml;

/// <summary>
/// Reads YAML (and JSON, which is YAML) into node trees, strictly and with line/column marks on every node.
/// Covers what Kubernetes manifests use: block and flow collections, all scalar styles, comments, multiple documents,
/// anchors, aliases and merge keys (<c>&lt;&lt;</c>), and the standard tags. Scalars resolve as kubectl resolves them
/// (see <see cref="YamlScalarResolver"/>).
/// </summary>
/// <remarks>
/// Node marks are 1-based: a scalar starts at its first character (its quote, or the <c>|</c> or <c>&gt;</c> of a block scalar),
/// a block mapping at its first key, a sequence at its first <c>-</c> or its <c>[</c>, a flow mapping at its <c>{</c>;
/// an anchor or tag before a node is not part of it. An alias yields the anchored node itself, with the anchored node's mark.
/// Since whatever walks the tree meets an anchored node once per alias, a document whose aliases would make such a walk
/// explode ("billion laughs") is rejected at the alias where the expansion becomes excessive, by go-yaml's rule, which
/// kubectl applies too: at most 99% of a document's nodes (counting every alias at its expanded size) may come from aliases,
/// falling to 10% for documents of millions of nodes.
/// Rejected with a <see cref="YamlException"/>: duplicate mapping keys (as kubectl's strict decoding does), explicit (<c>? </c>)
/// and non-scalar keys, keys longer than YAML's 1024 characters, tabs in indentation, <c>%TAG</c> directives, tags other than
/// the standard ones, unpaired UTF-16 surrogates (in the text or as <c>\u</c> escapes), nesting deeper than 400 levels, and any
/// malformed text. See docs/security.md for the limits.
/// </remarks>
public static class YamlReader
{
    /// <summary>Reads every document of a YAML stream.</summary>
    /// <param name="text">The YAML text; a leading byte order mark and CRLF or CR line breaks are accepted.</param>
    /// <param name="fileName">Named in error messages, when known.</param>
    /// <returns>
    /// The documents in order. A document with no content (between two <c>---</c>) has a null root; kubectl skips such documents.
    /// Text with only comments and whitespace has no documents.
    /// </returns>
    /// <exception cref="YamlException">The text is not well-formed; the exception points at the offending character.</exception>
    public static IReadOnlyList<YamlDocument> Read(string text, string? fileName = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return new DocumentParser(new SourceText(text, fileName)).ParseStream();
    }
}
