using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>
/// Test sources with expected diagnostics marked in place: <c>{|KT0101:DateTime.Now|}</c> expects KT0101 on exactly
/// that text. <see cref="Parse"/> returns the source without the markup and the expected ids and spans.
/// </summary>
internal static partial class DiagnosticMarkup
{
    public static (string Source, IReadOnlyList<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var source = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        var open = new Stack<(string Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            var start = OpenMarker().Match(markup, i);
            if (start.Success && start.Index == i)
            {
                open.Push((start.Groups["id"].Value, source.Length));
                i += start.Length;
            }
            else if (string.CompareOrdinal(markup, i, "|}", 0, 2) == 0 && open.Count > 0)
            {
                var (id, from) = open.Pop();
                expected.Add((id, TextSpan.FromBounds(from, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i++]);
            }
        }

        if (open.Count > 0) throw new ArgumentException("Unclosed diagnostic markup.", nameof(markup));
        return (source.ToString(), expected);
    }

    [GeneratedRegex(@"\G\{\|(?<id>[A-Z]+[0-9]+):")]
    private static partial Regex OpenMarker();
}
