namespace K8sTyped.Yaml.Reading;

/// <summary>Block collections: indentation-structured mappings and sequences.</summary>
internal sealed partial class DocumentParser
{
    /// <summary>
    /// Parses the node after <c>---</c>, <c>key:</c> or <c>-</c> (the indicator is consumed), on the same line or the lines below.
    /// </summary>
    /// <param name="parentIndent">The indentation of the collection the indicator belongs to (-1 for the root).</param>
    /// <param name="kind">The indicator.</param>
    /// <returns>The node, or null when there is none (an empty value).</returns>
    private YamlNode? ParseAfterIndicator(int parentIndent, IndicatorKind kind)
    {
        var sequenceAtParentIndentAllowed = kind == IndicatorKind.MappingValue;
        SkipWhiteOnLine();
        if (!AtLineEndOrComment())
        {
            // Only a sequence entry may hold a collection on its own line ("- name: a", "- - x").
            return ParseBlockNode(parentIndent, compactCollectionsAllowed: kind == IndicatorKind.SequenceEntry, sequenceAtParentIndentAllowed);
        }

        SkipToContent(inFlow: false);
        return StartsChildNode(parentIndent, sequenceAtParentIndentAllowed)
            ? ParseBlockNode(parentIndent, compactCollectionsAllowed: true, sequenceAtParentIndentAllowed)
            : null;
    }

    /// <summary>
    /// Whether the content at the current position (the first on its line) belongs to a node under the parent:
    /// it must be indented more, except that a mapping's value may be a sequence at the mapping's own indentation.
    /// </summary>
    private bool StartsChildNode(int parentIndent, bool sequenceAtParentIndentAllowed)
    {
        if (AtBlockEnd()) return false;
        var column = _source.ColumnOf(_position);
        return column > parentIndent || sequenceAtParentIndentAllowed && column == parentIndent && IsAtSequenceEntry();
    }

    /// <summary>Parses a node in block context starting at the current position, with any properties written before it.</summary>
    private YamlNode ParseBlockNode(int parentIndent, bool compactCollectionsAllowed, bool sequenceAtParentIndentAllowed)
    {
        EnterNesting();
        var node = ParseBlockNodeWithProperties(parentIndent, compactCollectionsAllowed, sequenceAtParentIndentAllowed);
        _depth--;
        return node;
    }

    private YamlNode ParseBlockNodeWithProperties(int parentIndent, bool compactCollectionsAllowed, bool sequenceAtParentIndentAllowed)
    {
        var start = _position;
        var properties = ReadProperties(inFlow: false);
        if (properties.IsEmpty || !AtLineEndOrComment())
            return ParseBlockNodeContent(parentIndent, compactCollectionsAllowed, properties, start);

        // Properties alone on their line belong to the node on the lines below ("base: &base" then an indented mapping).
        var afterProperties = _position;
        SkipToContent(inFlow: false);
        if (!StartsChildNode(parentIndent, sequenceAtParentIndentAllowed))
            return Register(properties, CreateScalar("", YamlScalarStyle.Plain, _source.MarkAt(afterProperties), properties));

        var node = ParseBlockNode(parentIndent, compactCollectionsAllowed: true, sequenceAtParentIndentAllowed);
        // The scalar, already counted, is only re-created with the tag applied.
        if (node is YamlScalar scalar)
            return Register(properties, NodeTags.CreateScalar(_source, scalar.Value, scalar.Style, scalar.Start, properties));
        NodeTags.CheckCollection(_source, properties, node is YamlMapping);
        return Register(properties, node);
    }

    /// <summary>Parses a node's content once its same-line properties are read: a block collection, a block scalar, or an inline node that may turn out to be a mapping's first key.</summary>
    /// <param name="parentIndent">The indentation of the enclosing collection.</param>
    /// <param name="compactCollectionsAllowed">Whether a block collection may start here (not on the line of a <c>key:</c> or <c>---</c>).</param>
    /// <param name="properties">Properties written on the same line, before the content.</param>
    /// <param name="start">Where the node, including its properties, starts: its column is a collection's indentation.</param>
    private YamlNode ParseBlockNodeContent(int parentIndent, bool compactCollectionsAllowed, NodeProperties properties, int start)
    {
        var column = _source.ColumnOf(start);
        var contentStart = _position;
        var c = Current;
        if (IsAtSequenceEntry())
        {
            if (!compactCollectionsAllowed)
                throw _source.Error(contentStart, "a block sequence cannot start on the same line as its key; start it on the next line");
            if (!properties.IsEmpty)
                throw _source.Error(contentStart, "properties of a block sequence must be on the line before its first '- '");
            return ParseBlockSequence(column, sharesParentIndent: column == parentIndent);
        }

        if (c == '?' && YamlChars.IsBlankOrEnd(_source[_position + 1])) throw ExplicitKeyNotSupported();

        if (c is '|' or '>')
        {
            var value = BlockScalarScanner.Scan(_source, ref _position, parentIndent);
            var style = c == '|' ? YamlScalarStyle.Literal : YamlScalarStyle.Folded;
            return Register(properties, CreateScalar(value, style, _source.MarkAt(contentStart), properties));
        }

        var node = ParseInlineNode(parentIndent, properties, inFlow: false, out var isMultiLine);
        SkipWhiteOnLine();
        if (Current == ':' && YamlChars.IsBlankOrEnd(_source[_position + 1]))
        {
            if (isMultiLine)
                throw _source.Error(_position, "a mapping key must be on a single line; check the indentation of this line (the text before ':' continues a scalar from the line above)");
            if (!compactCollectionsAllowed)
                throw _source.Error(_position, "unexpected ':'; a mapping cannot start on the same line as its key (start it on the next line, or quote a value that contains ': ')");
            return ParseBlockMapping(column, AsKey(node, contentStart));
        }

        ExpectLineEnd();
        return node;
    }

    private YamlMapping ParseBlockMapping(int indent, YamlScalar firstKey)
    {
        var builder = CreateMapping(firstKey.Start);
        var key = firstKey;
        while (true)
        {
            var afterColon = ++_position;
            var value = ParseAfterIndicator(indent, IndicatorKind.MappingValue)
                ?? CreateScalar("", YamlScalarStyle.Plain, _source.MarkAt(afterColon), default);
            builder.Add(key, value);

            SkipToContent(inFlow: false);
            if (AtBlockEnd()) break;
            var column = _source.ColumnOf(_position);
            if (column < indent) break;
            if (column > indent)
                throw _source.Error(_position, $"bad indentation of a mapping entry: expected column {indent + 1}, like the keys above");
            key = ParseBlockKey(indent);
        }

        return builder.Build();
    }

    /// <summary>Parses the key of a block mapping's second or later entry, leaving the position at its ':'.</summary>
    private YamlScalar ParseBlockKey(int indent)
    {
        var start = _position;
        if (IsAtSequenceEntry())
            throw _source.Error(start, $"expected a mapping key at column {indent + 1} but found a sequence entry '- '; a mapping and a sequence cannot share an indentation level");
        if (Current == '?' && YamlChars.IsBlankOrEnd(_source[_position + 1])) throw ExplicitKeyNotSupported();

        var properties = ReadProperties(inFlow: false);
        if (Current is '|' or '>') throw _source.Error(_position, "a block scalar cannot be a mapping key");
        var keyStart = _position;
        if (AtLineEndOrComment())
            throw _source.Error(start, "expected a mapping key after the anchor or tag on the same line");

        var node = ParseInlineNode(indent, properties, inFlow: false, out var isMultiLine);
        SkipWhiteOnLine();
        if (Current == ':' && YamlChars.IsBlankOrEnd(_source[_position + 1]))
        {
            if (isMultiLine)
                throw _source.Error(_position, "a mapping key must be on a single line; check the indentation of this line (the text before ':' continues a scalar from the line above)");
            return AsKey(node, keyStart);
        }

        var text = node is YamlScalar scalar ? $" after '{Abbreviate(scalar.Value)}'" : "";
        throw _source.Error(keyStart, $"expected 'key: value' in this mapping but found no ':'{text}");
    }

    private YamlSequence ParseBlockSequence(int indent, bool sharesParentIndent)
    {
        var sequence = CreateSequence(_position);
        while (true)
        {
            var afterDash = ++_position;
            var item = ParseAfterIndicator(indent, IndicatorKind.SequenceEntry)
                ?? CreateScalar("", YamlScalarStyle.Plain, _source.MarkAt(afterDash), default);
            sequence.Add(item);

            SkipToContent(inFlow: false);
            if (AtBlockEnd()) break;
            var column = _source.ColumnOf(_position);
            if (column < indent) break;
            if (column > indent)
                throw _source.Error(_position, $"bad indentation of a sequence entry: expected '- ' at column {indent + 1}, like the entries above");
            if (IsAtSequenceEntry()) continue;

            // "key:\n- a\nother: b": the sequence was the value of a mapping at the same indentation, which continues.
            if (sharesParentIndent) break;
            throw _source.Error(_position, $"expected a sequence entry '- ' at column {indent + 1}; other content cannot follow a block sequence at the same indentation");
        }

        return sequence;
    }

    /// <summary>After a node in block context only a comment may follow on its line.</summary>
    private void ExpectLineEnd()
    {
        if (AtLineEndOrComment()) return;
        if (Current == '#')
            throw _source.Error(_position, "a comment needs whitespace before '#'");
        throw _source.Error(_position, $"unexpected '{Current}' after the end of the value on this line");
    }

    private YamlException ExplicitKeyNotSupported() =>
        _source.Error(_position, "explicit keys ('? ') are not supported; write 'key: value' with a scalar key");
}
