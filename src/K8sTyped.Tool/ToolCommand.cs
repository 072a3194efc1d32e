using System.CommandLine;
using K8sTyped.Tool.Catalogue;
using K8sTyped.Tool.Import;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Tool;

/// <summary>The <c>k8styped</c> command line: its subcommands, and usage errors as one line each with exit code 2.</summary>
internal static class ToolCommand
{
    public static int Run(string[] args, ToolConsole console)
    {
        var root = new RootCommand("k8styped: lint Kubernetes manifests with the K8sTyped rules, import them as C#, list the rules and explain them.")
        {
            LintCommand.Create(console),
            ImportCommand.Create(console),
            RulesCommand.Create(console),
            ExplainCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.Error.WriteLine($"k8styped: {error.Message}");
            console.Error.WriteLine("Run 'k8styped --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolInputException e)
        {
            console.Error.WriteLine($"k8styped: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"k8styped: internal error: {e.GetType().Name}: {e.Message}. Please report this.");
            return ExitCodes.InternalError;
        }
    }
}
