using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped.Tool.Lint;

/// <summary>
/// Reads the manifests with the library's reader (which records file, line and column for every value) and runs the
/// library's rules engine over all of them as one set, so cross-file references (a StatefulSet in one file, its Service
/// in another) resolve as they do in the cluster. No rule logic lives here.
/// </summary>
internal static class Linter
{
    public static LintReport Run(IReadOnlyList<ManifestInput> inputs, Func<Stream> standardInput, LintSettings settings)
    {
        var readOptions = new KubernetesReadOptions { Strict = settings.Strict, SkipUnknownKinds = settings.SkipUnknownKinds };
        var objects = new List<IKubernetesObject>();
        var problems = new List<InputProblem>();
        var templates = new Dictionary<string, TemplateSources>(StringComparer.Ordinal);
        // By reference, as the reader keys them (a weak table's handle per object would slow every collection).
        var originsByObject = new Dictionary<IKubernetesObject, OriginMap>(ReferenceEqualityComparer.Instance);
        foreach (var input in inputs)
        {
            var bytes = input.ReadBytes(standardInput);
            if (TemplateSources.Of(bytes) is { } sources) templates[input.DisplayPath] = sources;
            var read = KubernetesYaml.ReadBytes(bytes, input.DisplayPath, readOptions);
            problems.AddRange(read.Errors.Select(e => new InputProblem(e)));
            foreach (var obj in read.Objects)
            {
                objects.Add(obj);
                if (read.OriginsOf(obj) is { } origins) originsByObject[obj] = origins;
            }
        }

        var manifests = new ManifestSet(
            objects,
            obj => originsByObject.TryGetValue(obj, out var origins) ? origins : null,
            cluster: settings.Cluster);
        var findings = RuleEngine.Validate(manifests, settings.Rules).Diagnostics
            .Select(d => new Finding(d)
            {
                Template = d.Origin is { FilePath: { } file, Line: var line } && templates.TryGetValue(file, out var sources) ? sources.Find(line) : null,
            })
            .OrderBy(f => f.File is null)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Diagnostic.Id, StringComparer.Ordinal)
            .ToList();
        return new LintReport(findings, problems, objects.Count, inputs.Count);
    }

    /// <summary>
    /// Reads cluster inventory files leniently (a live cluster may be newer than the model), like the analyzer does; its
    /// custom resources are of no interest to the rules, so they are skipped.
    /// </summary>
    public static IReadOnlyList<IKubernetesObject> ReadInventory(IReadOnlyList<ManifestInput> inputs, Func<Stream> standardInput, List<InputProblem> problems)
    {
        var objects = new List<IKubernetesObject>();
        foreach (var input in inputs)
        {
            var read = input.Read(standardInput, new KubernetesReadOptions { Strict = false, SkipUnknownKinds = true });
            problems.AddRange(read.Errors.Select(e => new InputProblem(e)));
            objects.AddRange(read.Objects);
        }

        return objects;
    }
}
