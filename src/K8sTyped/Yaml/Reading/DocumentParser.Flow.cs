namespace K8sTyped.Yaml.Reading;

/// <summary>Flow collections: <c>[a, b]</c> and <c>{a: 1}</c>, which also covers JSON.</summary>
internal sealed partial class DocumentParser
{
    // The innermost open flow collection, named in "unclosed" messages.
    private int _openFlowOffset = -1;

    /// <summary>Parses the flow collection whose <c>[</c> or <c>{</c> is at the current position.</summary>
    private YamlNode ParseFlowCollection()
    {
        EnterNesting();
        var open = _position;
        var enclosingOpen = _openFlowOffset;
        _openFlowOffset = open;
        var isSequence = Current == '[';
        var close = isSequence ? ']' : '}';
        var kind = isSequence ? "sequence" : "mapping";
        var sequence = isSequence ? CreateSequence(open) : null;
        var mapping = isSequence ? null : CreateMapping(_source.MarkAt(open));
        _position++;
        while (true)
        {
            SkipFlowSeparation();
            if (Current == close) break;
            if (Current == '?' && YamlChars.IsBlankOrEnd(_source[_position + 1])) throw ExplicitKeyNotSupported();

            var entryStart = _position;
            var entry = ParseFlowNode();
            SkipFlowSeparation();
            if (Current == ':')
            {
                var key = AsKey(entry, entryStart);
                var afterColon = ++_position;
                SkipFlowSeparation();
                var value = Current == ',' || Current == close
                    ? CreateScalar("", YamlScalarStyle.Plain, _source.MarkAt(afterColon), default)
                    : ParseFlowNode();
                if (mapping is not null)
                {
                    mapping.Add(key, value);
                }
                else
                {
                    // "[name: a]" is a sequence holding a single-pair mapping.
                    var pair = CreateMapping(key.Start);
                    pair.Add(key, value);
                    sequence!.Add(pair.Build());
                }

                SkipFlowSeparation();
            }
            else if (mapping is not null)
            {
                // "{a, b}": keys without values have null values.
                mapping.Add(AsKey(entry, entryStart), CreateScalar("", YamlScalarStyle.Plain, _source.MarkAt(_position), default));
            }
            else
            {
                sequence!.Add(entry);
            }

            if (Current == close) break;
            if (Current != ',')
                throw _source.Error(_position, $"expected ',' or '{close}' in the flow {kind} opened at {_source.Describe(open)}, found '{Current}'");
            _position++;
        }

        _position++;
        _openFlowOffset = enclosingOpen;
        _depth--;
        return mapping?.Build() ?? (YamlNode)sequence!;
    }

    /// <summary>Parses an entry, key or value inside a flow collection.</summary>
    private YamlNode ParseFlowNode()
    {
        var properties = ReadProperties(inFlow: true);
        if (!properties.IsEmpty && Current is ',' or ']' or '}' or ':')
            return Register(properties, CreateScalar("", YamlScalarStyle.Plain, _source.MarkAt(_position), properties));
        if (IsAtSequenceEntry())
            throw _source.Error(_position, "block sequence entries ('- ') are not allowed inside flow collections");
        return ParseInlineNode(-1, properties, inFlow: true, out _);
    }

    /// <summary>Skips whitespace, line breaks and comments inside a flow collection; it must be closed before the document ends.</summary>
    private void SkipFlowSeparation()
    {
        SkipToContent(inFlow: true);
        var close = _source[_openFlowOffset] == '[' ? ']' : '}';
        var kind = close == ']' ? "sequence" : "mapping";
        if (AtEnd)
            throw _source.Error(_openFlowOffset, $"unclosed flow {kind}: no closing '{close}' before the end of the text");
        if (YamlChars.IsDocumentMarker(_source, _position))
            throw _source.Error(_openFlowOffset, $"unclosed flow {kind}: no closing '{close}' before the document marker at {_source.Describe(_position)}");
    }
}
