namespace K8sTyped.Tool;

/// <summary>The exit codes every command uses, so CI can tell findings from broken input.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the <c>--fail-on</c> severity.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the <c>--fail-on</c> severity.</summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: a file that cannot be read or parsed, an unknown option or rule id.</summary>
    public const int BadInput = 2;

    /// <summary>A bug of the tool: reported as one line asking for a report, not as a stack trace.</summary>
    public const int InternalError = 3;
}
