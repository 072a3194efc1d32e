namespace K8sTyped.Yaml.Reading;

/// <summary>Nodes that fit on a line or bracket themselves (scalars, aliases, flow collections) and node properties.</summary>
internal sealed partial class DocumentParser
{
    /// <summary>Reads the anchor and tag, in either order, written before a node, and the whitespace after them.</summary>
    private NodeProperties ReadProperties(bool inFlow)
    {
        var properties = default(NodeProperties);
        while (true)
        {
            var start = _position;
            if (Current == '&')
            {
                if (properties.Anchor is not null) throw _source.Error(start, "a node can have only one anchor");
                _position++;
                properties = properties with { Anchor = ReadName("an anchor", start), AnchorOffset = start, NodesBeforeAnchor = _expansion.Nodes };
            }
            else if (Current == '!')
            {
                if (properties.Tag is not null) throw _source.Error(start, "a node can have only one tag");
                properties = properties with { Tag = NodeTags.Read(_source, ref _position), TagOffset = start };
            }
            else
            {
                return properties;
            }

            if (!YamlChars.IsBlankOrEnd(Current) && !(inFlow && YamlChars.IsFlowIndicator(Current)))
                throw _source.Error(_position, $"expected whitespace after '{_source.Text.Substring(start, _position - start)}'");
            if (inFlow) SkipFlowSeparation();
            else SkipWhiteOnLine();
        }
    }

    /// <summary>Reads an anchor or alias name: everything up to whitespace or a flow indicator.</summary>
    private string ReadName(string what, int indicatorOffset)
    {
        var start = _position;
        while (!YamlChars.IsBlankOrEnd(Current) && !YamlChars.IsFlowIndicator(Current)) _position++;
        if (_position == start) throw _source.Error(indicatorOffset, $"{what} needs a name after '{_source[indicatorOffset]}'");
        return _source.Text.Substring(start, _position - start);
    }

    /// <summary>Parses a scalar, an alias or a flow collection.</summary>
    /// <param name="parentIndent">Continuation lines of a block-context plain scalar must be indented more than this.</param>
    /// <param name="properties">The node's anchor and tag.</param>
    /// <param name="inFlow">Whether the node is inside a flow collection.</param>
    /// <param name="isMultiLine">Whether the node spans lines (it cannot be an implicit key then).</param>
    private YamlNode ParseInlineNode(int parentIndent, NodeProperties properties, bool inFlow, out bool isMultiLine)
    {
        var start = _position;
        var mark = _source.MarkAt(start);
        var c = Current;
        isMultiLine = false;
        switch (c)
        {
            case '[' or '{':
                var collection = ParseFlowCollection();
                isMultiLine = _source.MarkAt(_position - 1).Line != mark.Line;
                NodeTags.CheckCollection(_source, properties, collection is YamlMapping);
                return Register(properties, collection);
            case '*':
                if (!properties.IsEmpty) throw _source.Error(properties.Offset, "an alias cannot have an anchor or a tag");
                _position++;
                return ResolveAlias(ReadName("an alias", start), start);
            case '"' or '\'':
                var quoted = QuotedScalarScanner.Scan(_source, ref _position);
                isMultiLine = quoted.IsMultiLine;
                var quotedStyle = c == '"' ? YamlScalarStyle.DoubleQuoted : YamlScalarStyle.SingleQuoted;
                return Register(properties, CreateScalar(quoted.Value, quotedStyle, mark, properties));
            case '|' or '>':
                throw _source.Error(start, "block scalars ('|', '>') are not allowed inside flow collections");
            case '@' or '`':
                throw _source.Error(start, $"'{c}' is reserved and cannot start a plain scalar; quote the value");
            case '#':
                throw _source.Error(start, "a comment needs whitespace before '#'");
            case '%':
                throw _source.Error(start, "'%' cannot start a plain scalar here; quote the value");
            case ',' or ']' or '}':
                throw _source.Error(start, $"unexpected '{c}'");
            case '-' or '?' or ':' when !IsPlainSafe(_source[start + 1], inFlow):
                throw c == ':'
                    ? _source.Error(start, "a mapping key is missing before ':'")
                    : _source.Error(start, $"unexpected '{c} ' here; a block sequence entry or explicit key cannot appear in this position");
        }

        var plain = PlainScalarScanner.Scan(_source, ref _position, parentIndent, inFlow);
        isMultiLine = plain.IsMultiLine;
        return Register(properties, CreateScalar(plain.Value, YamlScalarStyle.Plain, mark, properties));
    }

    /// <summary>The anchored node an alias names, counted at its expanded size against the document's alias budget.</summary>
    private YamlNode ResolveAlias(string name, int start)
    {
        if (!_anchors.TryGetValue(name, out var anchored))
            throw _source.Error(start, $"undefined alias '*{name}': no anchor '&{name}' earlier in this document");
        if (!_expansion.TryCountAlias(anchored.ExpandedSize))
        {
            var percent = (int)Math.Round(AliasExpansionBudget.AllowedAliasedShare(_expansion.Nodes) * 100);
            throw _source.Error(start,
                $"excessive aliasing: with '*{name}' aliases repeat {_expansion.AliasedNodes} of the document's {_expansion.Nodes} nodes, " +
                $"more than the {percent}% kubectl allows");
        }

        return anchored.Node;
    }

    /// <summary>Creates a scalar read from the text, counting it as a node of the document.</summary>
    private YamlScalar CreateScalar(string value, YamlScalarStyle style, SourceMark mark, NodeProperties properties)
    {
        _expansion.CountNode();
        return NodeTags.CreateScalar(_source, value, style, mark, properties);
    }

    /// <summary>Creates a sequence read from the text, counting it as a node of the document.</summary>
    private YamlSequence CreateSequence(int offset)
    {
        _expansion.CountNode();
        return new YamlSequence(_source.MarkAt(offset));
    }

    /// <summary>Starts a mapping read from the text, counting it as a node of the document.</summary>
    private MappingBuilder CreateMapping(SourceMark start)
    {
        _expansion.CountNode();
        return new MappingBuilder(_source, start);
    }

    /// <summary>Whether a character after <c>-</c>, <c>?</c> or <c>:</c> makes that indicator the start of a plain scalar (as in <c>-1</c>).</summary>
    private static bool IsPlainSafe(char next, bool inFlow) =>
        !YamlChars.IsBlankOrEnd(next) && !(inFlow && YamlChars.IsFlowIndicator(next));

    /// <summary>The node that starts at <paramref name="start"/> as a mapping key, with the current position at its <c>:</c> (or the end of a flow entry).</summary>
    private YamlScalar AsKey(YamlNode node, int start)
    {
        if (node is not YamlScalar key)
            throw _source.Error(start, "complex mapping keys (a mapping or sequence used as a key) are not supported; keys must be scalars");

        // Longer keys are not YAML: kubectl rejects them, and the writer could not write them back.
        var length = _position - start + 1;
        if (length > YamlLimits.MaxImplicitKeyLength)
            throw _source.Error(start,
                $"this mapping key is {length} characters long, counting through its ':'; YAML allows at most {YamlLimits.MaxImplicitKeyLength}");
        return key;
    }

    /// <summary>
    /// Records the node under its anchor, if it has one, with its expanded size: the nodes counted since the anchor was read.
    /// A later anchor with the same name replaces it.
    /// </summary>
    private YamlNode Register(NodeProperties properties, YamlNode node)
    {
        if (properties.Anchor is not null)
            _anchors[properties.Anchor] = new AnchoredNode(node, _expansion.Nodes - properties.NodesBeforeAnchor);
        return node;
    }

    private YamlScalar Register(NodeProperties properties, YamlScalar scalar)
    {
        Register(properties, (YamlNode)scalar);
        return scalar;
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
