using System.Text;

namespace K8sTyped.Yaml.Reading;

/// <summary>Line folding of flow scalars (plain and quoted): a single line break reads as a space, each empty line after it as a line feed.</summary>
internal static class LineFolding
{
    public static void AppendFoldedBreak(StringBuilder builder, int emptyLines)
    {
        if (emptyLines == 0) builder.Append(' ');
        else builder.Append('\n', emptyLines);
    }
}
