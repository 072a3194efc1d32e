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
        // By reference, as the reader keys them (a weak table's handle per object would slow every collection).
        var originsByObject = new Dictionary<IKubernetesObject, OriginMap>(ReferenceEqualityComparer.Instance);
        foreach (var input in inputs)
        {
            var read = Read(input, standardInput, readOptions);
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
            .Select(d => new Finding(d))
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
            var read = Read(input, standardInput, new KubernetesReadOptions { Strict = false, SkipUnknownKinds = true });
            problems.AddRange(read.Errors.Select(e => new InputProblem(e)));
            objects.AddRange(read.Objects);
        }

        return objects;
    }

    private static KubernetesReadResult Read(ManifestInput input, Func<Stream> standardInput, KubernetesReadOptions options)
    {
        try
        {
            byte[] bytes;
            if (input.FullPath is null)
            {
                using var buffer = new MemoryStream();
                standardInput().CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(input.FullPath);
            }

            return KubernetesYaml.ReadBytes(bytes, input.DisplayPath, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolInputException($"{input.DisplayPath}: {e.Message}");
        }
    }
}
