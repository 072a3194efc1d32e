using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// Manifests in the repository that K8sTyped does not generate (<c>K8sTypedLint</c> items: a deploy/ folder, checked-in
/// Helm output), which the package's targets pass to the compiler as additional files with the metadata
/// <see cref="MetadataName"/>. They are read strictly, as kubectl reads what it applies, and validated as one set (a
/// StatefulSet in one file, its Service in another) with the cluster inventory, like <c>k8styped lint</c> does; each
/// finding is reported in its file at its line and column.
/// </summary>
internal sealed class LintFiles
{
    /// <summary>The additional-file metadata that marks a linted manifest (set by build/K8sTyped.targets).</summary>
    public const string MetadataName = "build_metadata.AdditionalFiles.K8sTypedLint";

    private LintFiles(IReadOnlyDictionary<string, ImmutableArray<RoslynDiagnostic>> diagnostics) => DiagnosticsByPath = diagnostics;

    /// <summary>What the rules and the reader found, by file path.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<RoslynDiagnostic>> DiagnosticsByPath { get; }

    public static bool IsLint(AdditionalText file, AnalyzerOptions options) => MarkedAdditionalFiles.IsMarked(file, options, MetadataName);

    public static LintFiles Analyze(AnalyzerOptions options, IReadOnlyList<IKubernetesObject> inventory, CancellationToken cancellationToken)
    {
        var diagnostics = new Dictionary<string, List<RoslynDiagnostic>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var objects = new List<IKubernetesObject>();
        var origins = new ConditionalWeakTable<IKubernetesObject, OriginMap>();
        foreach (var file in MarkedAdditionalFiles.Marked(options, MetadataName))
        {
            if (file.GetText(cancellationToken) is not { } text)
            {
                Add(diagnostics, file.Path, RoslynDiagnostic.Create(DiagnosticDescriptors.LintFileUnreadable, Location.Create(file.Path, default, default), $"'{file.Path}' could not be read"));
                continue;
            }

            texts[file.Path] = text;
            var read = MarkedAdditionalFiles.Read(file, text, strict: true);
            foreach (var error in read.Errors)
                Add(diagnostics, file.Path, MarkedAdditionalFiles.ReadProblem(DiagnosticDescriptors.LintFileUnreadable, file.Path, text, error));
            foreach (var obj in read.Objects)
            {
                objects.Add(obj);
                if (read.OriginsOf(obj) is { } map) origins.Add(obj, map);
            }
        }

        if (objects.Count > 0)
        {
            var manifests = new ManifestSet(
                objects,
                obj => origins.TryGetValue(obj, out var map) ? map : null,
                cluster: ClusterProfile.Default with { Inventory = inventory });
            foreach (var finding in RuleEngine.Validate(manifests).Diagnostics)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Every object was read from a linted file, so every finding has a place in one of them.
                if (finding.Origin is not { FilePath: { } path } origin || !texts.TryGetValue(path, out var text)) continue;
                var related = finding.RelatedOrigins
                    .Where(o => o.FilePath is { } p && texts.ContainsKey(p))
                    .Select(o => MarkedAdditionalFiles.At(o.FilePath!, texts[o.FilePath!], o.Line, o.Column))
                    .ToList();
                Add(diagnostics, path, RoslynDiagnostic.Create(
                    DiagnosticDescriptors.ById(finding.Id),
                    MarkedAdditionalFiles.At(path, text, origin.Line, origin.Column),
                    DiagnosticDescriptors.ToRoslyn(finding.Severity),
                    related,
                    properties: null,
                    finding.Message));
            }
        }

        return new LintFiles(diagnostics.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, List<RoslynDiagnostic>> byPath, string path, RoslynDiagnostic diagnostic)
    {
        if (!byPath.TryGetValue(path, out var list)) byPath[path] = list = [];
        list.Add(diagnostic);
    }
}
