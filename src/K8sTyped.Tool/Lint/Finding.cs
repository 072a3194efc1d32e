using K8sTyped.Rules;

namespace K8sTyped.Tool.Lint;

/// <summary>
/// One rule finding as the reports print it: the library's <see cref="Diagnostic"/> (at the file, line and column the
/// reader recorded for the offending value).
/// </summary>
internal sealed record Finding(Diagnostic Diagnostic)
{
    public string? File => Diagnostic.Origin?.FilePath;

    public int Line => Diagnostic.Origin?.Line ?? 0;

    public int Column => Diagnostic.Origin?.Column ?? 0;

    /// <summary>For <c>helm template</c> output: the chart template line the finding's line was rendered from.</summary>
    public TemplatePosition? Template { get; init; }

    /// <summary>The message with the object and field it is about, as <see cref="Diagnostic.ToString"/> adds them.</summary>
    public string MessageWithObject =>
        Diagnostic.Object is null ? Diagnostic.Message
        : Diagnostic.Path.Length == 0 ? $"{Diagnostic.Message} [{Diagnostic.Object}]"
        : $"{Diagnostic.Message} [{Diagnostic.Object} {Diagnostic.Path}]";
}
