using K8sTyped.Serialization;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Tool.Import;

/// <summary>YAML → verified C#: reads the inputs strictly (as <c>lint</c> does), plans and verifies every object, renders the file.</summary>
internal static class Importer
{
    /// <summary>The C# file, or the problems (one line each, <c>file:line:col: error: ...</c>) that stop the import.</summary>
    public static (string? Code, IReadOnlyList<string> Problems) Run(IReadOnlyList<ManifestInput> inputs, Func<Stream> standardInput, ImportSettings settings)
    {
        var objects = new List<ImportedObject>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            var read = input.Read(standardInput, new KubernetesReadOptions { Strict = true });
            problems.AddRange(read.Errors.Select(e => new InputProblem(e)).Where(p => p.IsError).Select(p => p.Text));
            objects.AddRange(read.Objects.Select(o => new ImportedObject(o, input.DisplayPath, read.OriginsOf(o))));
        }

        if (problems.Count > 0) return (null, problems);
        if (objects.Count == 0) return (null, [$"{settings.SourceName}:1:1: error: there are no objects to import"]);

        foreach (var obj in objects)
        {
            try
            {
                // Fails early, at the value, for what no C# the generator evaluates can hold (a timestamp).
                ModelInitializer.Render(obj.Model, obj.Model.GetType(), "", "");
            }
            catch (ImportException e)
            {
                problems.Add($"{obj.Location(e.Path)}: error: {obj.Kind} {obj.Name}: {(e.Path.Length == 0 ? "" : e.Path + ": ")}{e.Message}");
            }
        }

        if (problems.Count > 0) return (null, problems);
        var applicationNamespace = ImportPlanner.ApplicationNamespace(objects);
        var externals = ImportPlanner.Plan(objects, settings.ApplicationName, applicationNamespace);
        return (ImportRenderer.Render(objects, externals, settings, applicationNamespace), []);
    }
}
