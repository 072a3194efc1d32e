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
/// <remarks>
/// The analysis runs for every compilation, so on every keystroke in the IDE, and most keystrokes change neither a
/// linted file nor the inventory: the findings are kept with what they were computed from (each file's path and text,
/// the inventory's objects) and given again while that stays the same. Reading is cached per text, so an unchanged
/// inventory file gives the very same objects.
/// </remarks>
internal sealed class LintFiles
{
    /// <summary>The additional-file metadata that marks a linted manifest (set by build/K8sTyped.targets).</summary>
    public const string MetadataName = "build_metadata.AdditionalFiles.K8sTypedLint";

    private static readonly LintFiles None = new(new Dictionary<string, ImmutableArray<RoslynDiagnostic>>());

    // The last findings for each set of linted files, found by the text of the set's first file.
    private static readonly ConditionalWeakTable<SourceText, StrongBox<KeptFindings?>> s_lastByFirstText = new();

    private LintFiles(IReadOnlyDictionary<string, ImmutableArray<RoslynDiagnostic>> diagnostics) => DiagnosticsByPath = diagnostics;

    /// <summary>What the rules and the reader found, by file path.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<RoslynDiagnostic>> DiagnosticsByPath { get; }

    public static bool IsLint(AdditionalText file, AnalyzerOptions options) => MarkedAdditionalFiles.IsMarked(file, options, MetadataName);

    /// <summary>The findings in the linted files of <paramref name="options"/>: the same instance as last time when neither a linted file nor the inventory changed.</summary>
    public static LintFiles Analyze(AnalyzerOptions options, IReadOnlyList<IKubernetesObject> inventory, CancellationToken cancellationToken)
    {
        var files = MarkedAdditionalFiles.Marked(options, MetadataName)
            .Select(file => new LintedFile(file, file.GetText(cancellationToken)))
            .ToList();
        if (files.Count == 0) return None;

        var inputs = new LintInputs(files, inventory);
        var last = files.FirstOrDefault(file => file.Text is not null)?.Text is { } firstText ? s_lastByFirstText.GetOrCreateValue(firstText) : null;
        if (last?.Value is { } kept && kept.Inputs.IsSameAs(inputs)) return kept.Lint;

        var lint = Analyze(files, inventory, cancellationToken);
        if (last is not null) last.Value = new KeptFindings(inputs, lint);
        return lint;
    }

    private static LintFiles Analyze(IReadOnlyList<LintedFile> files, IReadOnlyList<IKubernetesObject> inventory, CancellationToken cancellationToken)
    {
        var diagnostics = new Dictionary<string, List<RoslynDiagnostic>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var objects = new List<IKubernetesObject>();
        var origins = new ConditionalWeakTable<IKubernetesObject, OriginMap>();
        foreach (var file in files)
        {
            if (file.Text is not { } text)
            {
                Add(diagnostics, file.Path, RoslynDiagnostic.Create(DiagnosticDescriptors.LintFileUnreadable, Location.Create(file.Path, default, default), $"'{file.Path}' could not be read"));
                continue;
            }

            texts[file.Path] = text;
            var read = MarkedAdditionalFiles.Read(file.File, text, strict: true);
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

    /// <summary>A linted file and its text (null when it could not be read).</summary>
    private sealed record LintedFile(AdditionalText File, SourceText? Text)
    {
        public string Path => File.Path;
    }

    /// <summary>
    /// What findings are computed from: the files (by path) with their texts, and the inventory's objects. A text or an
    /// object counts as the same only when it is the same instance: Roslyn keeps the text of an unchanged file.
    /// </summary>
    private sealed class LintInputs(IReadOnlyList<LintedFile> files, IReadOnlyList<IKubernetesObject> inventory)
    {
        private readonly IReadOnlyList<LintedFile> _files = files;
        private readonly IReadOnlyList<IKubernetesObject> _inventory = inventory;

        public bool IsSameAs(LintInputs other) =>
            _files.Count == other._files.Count
            && _files.Zip(other._files, (a, b) => a.Path == b.Path && ReferenceEquals(a.Text, b.Text)).All(same => same)
            && SameInstances.InOrder(_inventory, other._inventory);
    }

    private sealed record KeptFindings(LintInputs Inputs, LintFiles Lint);
}
