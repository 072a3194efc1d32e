namespace K8sTyped.Yaml;

/// <summary>Text that is not well-formed YAML (or JSON). The message names the file, line and column.</summary>
public sealed class YamlException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with <c>file:line:column: </c>.</summary>
    public YamlException(string? fileName, SourceMark mark, string reason)
        : base(Format(fileName, mark, reason))
    {
        FileName = fileName;
        Mark = mark;
        Reason = reason;
    }

    /// <summary>The file the text came from, when known.</summary>
    public string? FileName { get; }

    /// <summary>Where the problem is.</summary>
    public SourceMark Mark { get; }

    /// <summary>The message without the location prefix.</summary>
    public string Reason { get; }

    private static string Format(string? fileName, SourceMark mark, string reason) =>
        $"{fileName ?? "<input>"}:{mark.Line}:{mark.Column}: {reason}";
}
