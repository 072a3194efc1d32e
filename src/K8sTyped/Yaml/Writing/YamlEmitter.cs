using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>
/// Prints what it receives as block YAML laid out like <c>kubectl get -o yaml</c>: two-space indentation, sequences
/// under a mapping key at the key's own indentation, the first entry of a mapping or sequence item on the
/// <c>- </c> line, and empty collections as <c>{}</c> / <c>[]</c>. It streams: what a collection needs before its
/// first entry (a line break after <c>key:</c>) is written when that entry arrives, and <c>{}</c> when none did.
/// </summary>
internal sealed class YamlEmitter(StringBuilder output) : IYamlSink
{
    private const int IndentStep = 2;

    private Collection[] _open = new Collection[16];
    private int _depth;

    /// <summary>Where a value starts.</summary>
    private enum Place
    {
        /// <summary>The whole document.</summary>
        DocumentRoot,

        /// <summary>After <c>key:</c>.</summary>
        AfterKey,

        /// <summary>After a sequence item's <c>- </c>.</summary>
        AfterDash,
    }

    public void BeginMapping()
    {
        var place = StartValue(out var ownerIndentation);
        Push(isMapping: true, place == Place.DocumentRoot ? 0 : ownerIndentation + IndentStep, place);
    }

    public void Key(string key)
    {
        StartEntry();
        WriteKey(key, YamlScalarKind.String);
    }

    public void Key(YamlScalar key)
    {
        StartEntry();
        WriteKey(key.Value, key.Kind);
    }

    public void EndMapping() => Pop("{}");

    public void BeginSequence()
    {
        var place = StartValue(out var ownerIndentation);
        var indentation = place switch
        {
            Place.DocumentRoot => 0,
            // A sequence under a key is not indented further than the key, like kubectl writes it.
            Place.AfterKey => ownerIndentation,
            _ => ownerIndentation + IndentStep,
        };
        Push(isMapping: false, indentation, place);
    }

    public void EndSequence() => Pop("[]");

    public void String(string value)
    {
        var place = StartValue(out var ownerIndentation);
        if (place == Place.AfterKey) output.Append(' ');
        // At the document root parsers disagree on what an indentation indicator is relative to.
        var form = ScalarQuoting.ForValue(value, allowIndentationIndicator: place != Place.DocumentRoot);
        if (form == ScalarForm.Literal)
        {
            LiteralBlock.Append(output, value, ownerIndentation + IndentStep);
            return;
        }

        AppendSingleLine(value, form);
        output.Append('\n');
    }

    public void Bare(string text, YamlScalarKind kind)
    {
        if (StartValue(out _) == Place.AfterKey) output.Append(' ');
        output.Append(BareScalarText.For(text, kind)).Append('\n');
    }

    public void Integer(long value)
    {
        if (StartValue(out _) == Place.AfterKey) output.Append(' ');
        BareScalarText.AppendInteger(output, value);
        output.Append('\n');
    }

    public void Node(YamlNode node) => YamlNodeReplay.Replay(node, this);

    /// <summary>Writes what goes before a value: for a sequence item, its <c>- </c>.</summary>
    /// <param name="ownerIndentation">Column of the entries of the collection holding the value; block scalar lines go two further.</param>
    private Place StartValue(out int ownerIndentation)
    {
        if (_depth == 0)
        {
            ownerIndentation = 0;
            return Place.DocumentRoot;
        }

        ref var owner = ref _open[_depth - 1];
        ownerIndentation = owner.Indentation;
        if (owner.IsMapping) return Place.AfterKey;
        Lead(ref owner);
        output.Append("- ");
        return Place.AfterDash;
    }

    private void StartEntry() => Lead(ref _open[_depth - 1]);

    /// <summary>Starts the line of a collection's next entry; the first entry of a sequence item stays on the <c>- </c> line.</summary>
    private void Lead(ref Collection collection)
    {
        var first = collection.Entries++ == 0;
        if (first && collection.Place == Place.AfterDash) return;
        if (first && collection.Place == Place.AfterKey) output.Append('\n');
        output.Append(' ', collection.Indentation);
    }

    private void Push(bool isMapping, int indentation, Place place)
    {
        if (_depth == _open.Length) Array.Resize(ref _open, _depth * 2);
        _open[_depth++] = new Collection { IsMapping = isMapping, Indentation = indentation, Place = place };
    }

    private void Pop(string empty)
    {
        var collection = _open[--_depth];
        if (collection.Entries > 0) return;
        if (collection.Place == Place.AfterKey) output.Append(' ');
        output.Append(empty).Append('\n');
    }

    private void WriteKey(string key, YamlScalarKind kind)
    {
        var start = output.Length;
        if (kind == YamlScalarKind.String) AppendSingleLine(key, ScalarQuoting.ForKey(key));
        else output.Append(BareScalarText.For(key, kind));

        if (output.Length - start + 1 > YamlLimits.MaxImplicitKeyLength)
            throw new ArgumentException(
                $"The mapping key starting '{key.Substring(0, 40)}' is longer than the {YamlLimits.MaxImplicitKeyLength} characters YAML allows for a key.",
                nameof(key));
        output.Append(':');
    }

    private void AppendSingleLine(string text, ScalarForm form)
    {
        switch (form)
        {
            case ScalarForm.Plain:
                output.Append(text);
                break;
            case ScalarForm.SingleQuoted:
                QuotedText.AppendSingleQuoted(output, text);
                break;
            default:
                QuotedText.AppendDoubleQuoted(output, text, escapeYamlNonPrintable: true);
                break;
        }
    }

    private struct Collection
    {
        public bool IsMapping;

        /// <summary>Column of the keys or dashes.</summary>
        public int Indentation;

        /// <summary>Where the collection itself starts.</summary>
        public Place Place;

        public int Entries;
    }
}
