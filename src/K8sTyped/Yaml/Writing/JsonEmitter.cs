using System.Text;

namespace K8sTyped.Yaml.Writing;

/// <summary>Prints a node tree as indented JSON.</summary>
internal sealed class JsonEmitter(StringBuilder output)
{
    private const int IndentStep = 2;

    private readonly CollectionNesting _nesting = new();

    /// <summary>Appends a value whose first character goes at the current position.</summary>
    /// <param name="node">The value.</param>
    /// <param name="indentation">Column of the line the value starts on; nested lines go two further.</param>
    public void WriteValue(YamlNode node, int indentation)
    {
        switch (node)
        {
            case YamlMapping { Entries.Count: 0 }:
                output.Append("{}");
                break;
            case YamlSequence { Items.Count: 0 }:
                output.Append("[]");
                break;
            case YamlMapping mapping:
                _nesting.Enter(mapping);
                output.Append('{');
                var firstEntry = true;
                foreach (var entry in mapping.Entries)
                {
                    StartElement(ref firstEntry, indentation + IndentStep);
                    // JSON object keys are strings whatever the key scalar's kind.
                    QuotedText.AppendDoubleQuoted(output, entry.Key.Value, escapeYamlNonPrintable: false);
                    output.Append(": ");
                    WriteValue(entry.Value, indentation + IndentStep);
                }

                output.Append('\n').Append(' ', indentation).Append('}');
                _nesting.Exit(mapping);
                break;
            case YamlSequence sequence:
                _nesting.Enter(sequence);
                output.Append('[');
                var firstItem = true;
                foreach (var item in sequence.Items)
                {
                    StartElement(ref firstItem, indentation + IndentStep);
                    WriteValue(item, indentation + IndentStep);
                }

                output.Append('\n').Append(' ', indentation).Append(']');
                _nesting.Exit(sequence);
                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                QuotedText.AppendDoubleQuoted(output, scalar.Value, escapeYamlNonPrintable: false);
                break;
            case YamlScalar scalar:
                output.Append(BareScalarText.For(scalar));
                break;
            default:
                throw new ArgumentException($"Unknown node type {node.GetType().Name}.", nameof(node));
        }
    }

    private void StartElement(ref bool first, int indentation)
    {
        if (!first) output.Append(',');
        first = false;
        output.Append('\n').Append(' ', indentation);
    }
}
