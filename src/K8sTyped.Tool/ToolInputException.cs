namespace K8sTyped.Tool;

/// <summary>Bad input or usage the tool reports as one line and exit code 2 (never a stack trace).</summary>
internal sealed class ToolInputException(string message) : Exception(message);
