using System.Text.RegularExpressions;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// Where a source says its diagnostics must be: a comment <c>// expect KTnnnn at `text`</c> on the line just above the
/// code expects KTnnnn at the column where <c>text</c> starts on that next line. Positions follow the code when it
/// moves, so no line or column number is written down anywhere.
/// </summary>
internal static partial class DiagnosticMarkers
{
    /// <summary>
    /// Every marker of the C# files directly in <paramref name="directory"/>, as <c>file(line,col): ID</c> (see
    /// <see cref="BuildDiagnostic.Where"/>), sorted. A marker whose text is not exactly once on the next line fails.
    /// </summary>
    public static IReadOnlyList<string> Read(string directory)
    {
        var expected = new List<string>();
        foreach (string file in Directory.EnumerateFiles(directory, "*.cs"))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (Marker().Match(lines[i]) is not { Success: true } marker)
                {
                    continue;
                }

                string text = marker.Groups["text"].Value;
                string target = i + 1 < lines.Length ? lines[i + 1] : "";
                int column = target.IndexOf(text, StringComparison.Ordinal);
                string relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
                Assert.True(column >= 0 && target.IndexOf(text, column + 1, StringComparison.Ordinal) < 0,
                    $"{relative}({i + 1}): the marker's text `{text}` must occur exactly once on the next line: {target.Trim()}");
                expected.Add($"{relative}({i + 2},{column + 1}): {marker.Groups["id"].Value}");
            }
        }

        expected.Sort(StringComparer.Ordinal);
        return expected;
    }

    [GeneratedRegex(@"^\s*// expect (?<id>KT\d{4}) at `(?<text>[^`]+)`\s*$")]
    private static partial Regex Marker();
}
