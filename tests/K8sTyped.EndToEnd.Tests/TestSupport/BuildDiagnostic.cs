using System.Text.RegularExpressions;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// One diagnostic as `dotnet build` prints it, <c>file(line,col): severity ID: message [project]</c>, read back from the
/// console output. A diagnostic without a position (<c>CSC : error ID: …</c>) has an empty <see cref="File"/> and zeros.
/// </summary>
internal sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>
    /// The diagnostics whose id starts with <paramref name="idPrefix"/>, in the order the build reported them. Only the log
    /// before MSBuild's closing summary is read, since the summary repeats every warning and error.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string idPrefix)
    {
        var diagnostics = new List<BuildDiagnostic>();
        foreach (string line in output.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim() is "Build FAILED." or "Build succeeded.")
            {
                break;
            }

            if (DiagnosticLine().Match(line) is { Success: true } match && match.Groups["id"].Value.StartsWith(idPrefix, StringComparison.Ordinal))
            {
                Match position = Position().Match(match.Groups["origin"].Value);
                diagnostics.Add(new BuildDiagnostic(
                    position.Success ? position.Groups["file"].Value : "",
                    position.Success ? int.Parse(position.Groups["line"].Value) : 0,
                    position.Success ? int.Parse(position.Groups["column"].Value) : 0,
                    match.Groups["severity"].Value,
                    match.Groups["id"].Value,
                    match.Groups["message"].Value));
            }
        }

        return diagnostics;
    }

    /// <summary><c>file(line,col): ID</c>, the file relative to <paramref name="directory"/> with '/' separators.</summary>
    public string Where(string directory) =>
        $"{Path.GetRelativePath(directory, File).Replace(Path.DirectorySeparatorChar, '/')}({Line},{Column}): {Id}";

    // The node prefix ("1>") appears at normal verbosity; the project in brackets ends every line.
    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<origin>.*?): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)$")]
    private static partial Regex Position();
}
