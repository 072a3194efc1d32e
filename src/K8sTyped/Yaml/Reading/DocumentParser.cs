namespace K8sTyped.Yaml.Reading;

/// <summary>
/// Composes the documents of a YAML stream into node trees by recursive descent over the normalized text.
/// Each character is looked at a bounded number of times, so reading is linear in the text's length.
/// </summary>
/// <remarks>
/// This file holds the stream and document level and the helpers shared by the block and flow parts
/// (<c>DocumentParser.Block.cs</c>, <c>DocumentParser.Flow.cs</c>, <c>DocumentParser.Nodes.cs</c>).
/// </remarks>
internal sealed partial class DocumentParser(SourceText source)
{
    private readonly SourceText _source = source;

    // Anchors are scoped to their document.
    private readonly Dictionary<string, AnchoredNode> _anchors = new(StringComparer.Ordinal);

    // Bounds what aliases can make a walk of the tree meet, as go-yaml does; also scoped to the document.
    private readonly AliasExpansionBudget _expansion = new();

    // Deeper nesting is rejected rather than overflowing the stack; manifests nest a few dozen levels at most.
    private const int MaxDepth = 400;

    private int _position;

    private int _depth;

    private char Current => _source[_position];

    private bool AtEnd => _position >= _source.Length;

    public List<YamlDocument> ParseStream()
    {
        var documents = new List<YamlDocument>();
        while (true)
        {
            SkipToContent(inFlow: false);
            if (AtEnd) return documents;

            var sawDirectives = false;
            while (Current == '%' && _source.ColumnOf(_position) == 0)
            {
                ReadDirective();
                sawDirectives = true;
                SkipToContent(inFlow: false);
            }

            if (!sawDirectives && IsAtDocumentMarker('.'))
            {
                // A document end marker with no document before it is allowed and means nothing.
                SkipDocumentEndMarker();
                continue;
            }

            _anchors.Clear();
            _expansion.Reset();
            var start = _position;
            YamlNode? root;
            if (IsAtDocumentMarker('-'))
            {
                _position += 3;
                root = ParseAfterIndicator(-1, IndicatorKind.DocumentStart);
            }
            else if (sawDirectives)
            {
                throw _source.Error(_position, "expected '---' after the directives");
            }
            else
            {
                root = ParseBlockNode(-1, compactCollectionsAllowed: true, sequenceAtParentIndentAllowed: false);
            }

            documents.Add(new YamlDocument(root, _source.MarkAt(start)));
            SkipToContent(inFlow: false);
            if (AtEnd) return documents;
            if (IsAtDocumentMarker('.')) SkipDocumentEndMarker();
            else if (!IsAtDocumentMarker('-'))
                throw _source.Error(_position, "unexpected content after the document's root node; check the indentation");
        }
    }

    /// <summary>Reads a <c>%</c> directive line: <c>%YAML 1.1</c> and <c>%YAML 1.2</c> are accepted, other directives ignored.</summary>
    private void ReadDirective()
    {
        var start = _position;
        var lineEnd = _source.Text.IndexOf('\n', start);
        if (lineEnd < 0) lineEnd = _source.Length;
        var line = _source.Text.Substring(start, lineEnd - start);
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        var words = (comment < 0 ? line : line.Substring(0, comment)).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        switch (words[0])
        {
            case "%YAML" when words.Length == 2 && words[1] is "1.1" or "1.2":
                break;
            case "%YAML":
                throw _source.Error(start, "unsupported %YAML directive: expected '%YAML 1.1' or '%YAML 1.2'");
            case "%TAG":
                throw _source.Error(start, "%TAG directives are not supported");
        }

        _position = lineEnd;
    }

    private void SkipDocumentEndMarker()
    {
        _position += 3;
        SkipWhiteOnLine();
        if (!AtLineEndOrComment())
            throw _source.Error(_position, "unexpected content after the document end marker '...'");
    }

    /// <summary>Counts a level of nesting; an exception abandons the whole parse, so only completed levels are uncounted.</summary>
    private void EnterNesting()
    {
        if (++_depth > MaxDepth) throw _source.Error(_position, $"nesting is deeper than {MaxDepth} levels");
    }

    private bool IsAtDocumentMarker(char marker) => Current == marker && YamlChars.IsDocumentMarker(_source, _position);

    /// <summary>The end of the text or a document marker: where every block collection ends.</summary>
    private bool AtBlockEnd() => AtEnd || YamlChars.IsDocumentMarker(_source, _position);

    private bool IsAtSequenceEntry() => Current == '-' && YamlChars.IsBlankOrEnd(_source[_position + 1]);

    private bool IsCommentStart() =>
        Current == '#' && (_position == 0 || YamlChars.IsBlankOrEnd(_source[_position - 1]));

    private bool AtLineEndOrComment() => YamlChars.IsBreakOrEnd(Current) || IsCommentStart();

    private void SkipWhiteOnLine()
    {
        while (YamlChars.IsWhite(Current)) _position++;
    }

    /// <summary>Skips whitespace, line breaks and comments up to the next content (or the end).</summary>
    /// <param name="inFlow">Inside a flow collection indentation does not matter, so tabs may start a line.</param>
    private void SkipToContent(bool inFlow)
    {
        while (true)
        {
            if (!inFlow && (_position == 0 || _source[_position - 1] == '\n')) RejectTabIndentation();
            var c = Current;
            if (YamlChars.IsWhite(c))
            {
                _position++;
            }
            else if (c == '\n')
            {
                _position++;
            }
            else if (IsCommentStart())
            {
                while (!YamlChars.IsBreakOrEnd(Current)) _position++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Rejects a tab in a line's leading whitespace, even before a comment or on an otherwise blank line:
    /// libyaml, and so go-yaml and kubectl, reject those too.
    /// </summary>
    private void RejectTabIndentation()
    {
        var i = _position;
        while (_source[i] == ' ') i++;
        if (_source[i] == '\t')
            throw _source.Error(i, "tabs are not allowed for indentation; indent with spaces");
    }

    /// <summary>A node with an anchor, and how many nodes a walk meets in it (aliases inside it expanded).</summary>
    private readonly record struct AnchoredNode(YamlNode Node, long ExpandedSize);

    /// <summary>What introduced a node: its content may start on the indicator's line or on the lines below.</summary>
    private enum IndicatorKind
    {
        /// <summary><c>---</c>: the root node.</summary>
        DocumentStart,

        /// <summary><c>key:</c> in a block mapping.</summary>
        MappingValue,

        /// <summary><c>-</c> in a block sequence.</summary>
        SequenceEntry,
    }
}
