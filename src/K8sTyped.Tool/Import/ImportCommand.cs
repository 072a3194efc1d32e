using System.CommandLine;
using System.Text;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Tool.Import;

/// <summary><c>k8styped import &lt;files|-&gt;</c>: the objects as a verified C# DSL class.</summary>
internal static class ImportCommand
{
    public static Command Create(ToolConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Manifest files (YAML or JSON, multi-document, v1 List), directories or - for standard input; all their objects go into one class.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the C# to this file instead of standard output." };
        var className = new Option<string?>("--class") { Description = "The class to declare (default: from the file name, e.g. MariadbApplication)." };
        var codeNamespace = new Option<string?>("--namespace") { Description = "The C# namespace of the class (default: none)." };
        var fileName = new Option<string?>("--file-name") { Description = "The manifest file the build writes (default: the input's file name, .yaml)." };
        var stdinName = new Option<string>("--stdin-name") { Description = "The file name standard input carries in messages.", DefaultValueFactory = _ => "<stdin>" };

        var command = new Command("import", "Write Kubernetes manifests as C# with the K8sTyped DSL, verified to evaluate to the same objects.")
        {
            paths, output, className, codeNamespace, fileName, stdinName,
        };
        command.SetAction(parsed =>
        {
            var given = parsed.GetValue(paths)!;
            var inputs = ManifestInputs.Expand(given, console.CurrentDirectory, parsed.GetValue(stdinName)!);
            var sourceName = inputs.Count == 1 ? inputs[0].DisplayPath : string.Join(", ", given);
            var stem = inputs.Count == 1 && inputs[0].FullPath is { } path ? Path.GetFileNameWithoutExtension(path) : "manifests";
            var settings = new ImportSettings(
                sourceName,
                parsed.GetValue(fileName) ?? stem + ".yaml",
                parsed.GetValue(className) ?? Identifiers.Pascal(stem) + "Application",
                parsed.GetValue(codeNamespace),
                stem);
            if (!Identifiers.IsValid(settings.ClassName)) throw new ToolInputException($"--class: '{settings.ClassName}' is not a C# identifier");
            if (settings.Namespace is { } ns && !ns.Split('.').All(Identifiers.IsValid)) throw new ToolInputException($"--namespace: '{ns}' is not a C# namespace");

            var (code, problems) = Importer.Run(inputs, console.OpenInput, settings);
            foreach (var problem in problems)
                console.Error.WriteLine(problem);
            if (code is null) return ExitCodes.BadInput;
            if (parsed.GetValue(output) is { } outputPath)
            {
                try
                {
                    File.WriteAllText(Path.GetFullPath(outputPath, console.CurrentDirectory), code, new UTF8Encoding(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new ToolInputException($"{outputPath}: {e.Message}");
                }
            }
            else
            {
                console.Out.Write(code);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
