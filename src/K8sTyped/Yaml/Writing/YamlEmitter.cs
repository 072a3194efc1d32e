using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>
/// Prints a node tree as block YAML laid out like <c>kubectl get -o yaml</c>: two-space indentation, sequences
/// under a mapping key at the key's own indentation, the first entry of a mapping or sequence item on the
/// <c>- </c> line, and empty collections as <c>{}</c> / <c>[]</c>.
/// </summary>
internal sealed class YamlEmitter(StringBuilder output)
{
    private const int IndentStep = 2;

    private readonly CollectionNesting _nesting = new();

    /// <summary>Appends one document's content, ending with a line feed.</summary>
    public void WriteDocument(YamlNode root)
    {
        switch (root)
        {
            case YamlMapping { Entries.Count: > 0 } mapping:
                WriteMappingEntries(mapping, 0, firstLineIndented: true);
                break;
            case YamlSequence { Items.Count: > 0 } sequence:
                WriteSequenceItems(sequence, 0, firstLineIndented: true);
                break;
            default:
                WriteInline(root, 0, isDocumentRoot: true);
                break;
        }
    }

    /// <param name="mapping">A non-empty mapping.</param>
    /// <param name="indentation">Column of the keys.</param>
    /// <param name="firstLineIndented">False when the first key follows a <c>- </c> already written.</param>
    private void WriteMappingEntries(YamlMapping mapping, int indentation, bool firstLineIndented)
    {
        _nesting.Enter(mapping);
        var first = true;
        foreach (var entry in mapping.Entries)
        {
            if (!first || firstLineIndented) output.Append(' ', indentation);
            first = false;
            WriteKey(entry.Key);
            output.Append(':');
            switch (entry.Value)
            {
                case YamlMapping { Entries.Count: > 0 } child:
                    output.Append('\n');
                    WriteMappingEntries(child, indentation + IndentStep, firstLineIndented: true);
                    break;
                case YamlSequence { Items.Count: > 0 } child:
                    output.Append('\n');
                    WriteSequenceItems(child, indentation, firstLineIndented: true);
                    break;
                default:
                    output.Append(' ');
                    WriteInline(entry.Value, indentation, isDocumentRoot: false);
                    break;
            }
        }

        _nesting.Exit(mapping);
    }

    /// <param name="sequence">A non-empty sequence.</param>
    /// <param name="indentation">Column of the dashes.</param>
    /// <param name="firstLineIndented">False when the first dash follows a <c>- </c> already written.</param>
    private void WriteSequenceItems(YamlSequence sequence, int indentation, bool firstLineIndented)
    {
        _nesting.Enter(sequence);
        var first = true;
        foreach (var item in sequence.Items)
        {
            if (!first || firstLineIndented) output.Append(' ', indentation);
            first = false;
            output.Append("- ");
            switch (item)
            {
                case YamlMapping { Entries.Count: > 0 } child:
                    WriteMappingEntries(child, indentation + IndentStep, firstLineIndented: false);
                    break;
                case YamlSequence { Items.Count: > 0 } child:
                    WriteSequenceItems(child, indentation + IndentStep, firstLineIndented: false);
                    break;
                default:
                    WriteInline(item, indentation, isDocumentRoot: false);
                    break;
            }
        }

        _nesting.Exit(sequence);
    }

    /// <summary>Writes a scalar or an empty collection after <c>key: </c> or <c>- </c>, through the end of its last line.</summary>
    /// <param name="node">A scalar or an empty collection.</param>
    /// <param name="ownerIndentation">Column of the entries of the collection holding the node; block scalar lines go two further.</param>
    /// <param name="isDocumentRoot">Whether the node is a whole document.</param>
    private void WriteInline(YamlNode node, int ownerIndentation, bool isDocumentRoot)
    {
        switch (node)
        {
            case YamlMapping:
                output.Append("{}\n");
                break;
            case YamlSequence:
                output.Append("[]\n");
                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                var form = ScalarQuoting.ForValue(scalar.Value, allowIndentationIndicator: !isDocumentRoot);
                if (form == ScalarForm.Literal)
                {
                    LiteralBlock.Append(output, scalar.Value, ownerIndentation + IndentStep);
                    return;
                }

                AppendSingleLine(scalar.Value, form);
                output.Append('\n');
                break;
            case YamlScalar scalar:
                output.Append(BareScalarText.For(scalar)).Append('\n');
                break;
            default:
                throw new ArgumentException($"Unknown node type {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteKey(YamlScalar key)
    {
        var start = output.Length;
        if (key.Kind == YamlScalarKind.String) AppendSingleLine(key.Value, ScalarQuoting.ForKey(key.Value));
        else output.Append(BareScalarText.For(key));

        if (output.Length - start + 1 > YamlLimits.MaxImplicitKeyLength)
            throw new ArgumentException(
                $"The mapping key starting '{key.Value.Substring(0, 40)}' is longer than the {YamlLimits.MaxImplicitKeyLength} characters YAML allows for a key.",
                nameof(key));
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
}
