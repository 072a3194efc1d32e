namespace K8sTyped.Tool;

/// <summary>
/// What a command reads and writes: standard input (as bytes, so the library decodes it strictly) and output, the
/// current directory and whether to colour output. Tests run commands in process with their own console.
/// </summary>
internal sealed record ToolConsole(Func<Stream> OpenInput, TextWriter Out, TextWriter Error, string CurrentDirectory, bool Colours)
{
    /// <summary>The process's console. Colours only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public static ToolConsole System() => new(
        Console.OpenStandardInput,
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
