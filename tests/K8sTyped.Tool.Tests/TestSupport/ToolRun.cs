using System.Text;

namespace K8sTyped.Tool.Tests.TestSupport;

/// <summary>One run of the k8styped command line in process, with its own standard input, output and directory.</summary>
internal sealed record ToolRun(int ExitCode, string Out, string Error)
{
    public static ToolRun Invoke(string currentDirectory, string? standardInput, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new ToolConsole(
            () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? "")), output, error, currentDirectory, Colours: false);
        var exitCode = ToolCommand.Run(args, console);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}
