using System.Collections.Immutable;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Evaluation;
using K8sTyped.Generator.Model;
using K8sTyped.Generator.Parser;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// The K8sTyped analysis of one compilation: every manifest class evaluated (through the shared cache) and validated
/// once, on the first request, with the cluster inventory, the previous build's manifests and the other classes' objects,
/// and the linted manifests validated as their own set; then each syntax tree, inventory file and linted file asks for
/// the findings located in it. A class whose evaluation and inputs are unchanged reuses its findings (<see cref="ValidationMemo"/>).
/// </summary>
internal sealed class ProjectAnalysis(Compilation compilation, AnalyzerOptions options)
{
    private readonly object _gate = new();
    private Findings? _findings;

    public void Report(SemanticModelAnalysisContext context)
    {
        if (FindingsFor(context.CancellationToken).ByTree.TryGetValue(context.SemanticModel.SyntaxTree, out var diagnostics))
        {
            foreach (var diagnostic in diagnostics)
                context.ReportDiagnostic(diagnostic);
        }
    }

    public void Report(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var isInventory = InventoryFiles.IsInventory(file, context.Options);
        var isLint = LintFiles.IsLint(file, context.Options);
        if (!isInventory && !isLint) return;
        var findings = FindingsFor(context.CancellationToken);
        if (isInventory && findings.Inventory.DiagnosticsByPath.TryGetValue(file.Path, out var inventoryDiagnostics))
        {
            foreach (var diagnostic in inventoryDiagnostics)
                context.ReportDiagnostic(diagnostic);
        }

        if (isLint && findings.Lint.DiagnosticsByPath.TryGetValue(file.Path, out var lintDiagnostics))
        {
            foreach (var diagnostic in lintDiagnostics)
                context.ReportDiagnostic(diagnostic);
        }
    }

    private Findings FindingsFor(CancellationToken cancellationToken)
    {
        // Computed under a lock rather than a Lazy: a cancelled request must not leave a cached exception behind.
        lock (_gate)
            return _findings ??= Analyze(cancellationToken);
    }

    private Findings Analyze(CancellationToken cancellationToken)
    {
        var inventory = InventoryFiles.Read(options, cancellationToken);
        var previousManifests = PreviousManifestFiles.Read(options, cancellationToken);
        var locations = new SourceLocations(compilation);
        var targets = ManifestClasses.Find(compilation, cancellationToken);
        // The generator's limits, so both find the same evaluation in the shared cache.
        var limits = EvaluationLimits.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var evaluations = targets.Select(target => ManifestParser.Parse(target, compilation, limits, EvaluationCache.Shared, cancellationToken)).ToList();
        var byTree = new Dictionary<SyntaxTree, List<RoslynDiagnostic>>();

        for (var i = 0; i < evaluations.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (target, evaluation) = (targets[i], evaluations[i]);
            var classLocation = locations.Find(target.ClassSpan) ?? Location.None;
            foreach (var info in evaluation.Diagnostics)
                Add(byTree, info.ToDiagnostic(locations.Find(info.Span) ?? classLocation));
            if (evaluation.Build is not { } build) continue;

            // Each class is one application; what the project's other classes define is deployed beside it (a Service in
            // one may govern a StatefulSet in another, or select its pods), but binding and duplicates stay per application.
            var elsewhere = evaluations.Where((_, j) => j != i).SelectMany(other => other.Build?.Objects ?? []);
            // The class's own ClusterProfile member, if it has one, says what the cluster is; the inventory adds what is in it.
            var profile = evaluation.Cluster ?? ClusterProfile.Default with { ClusterDomain = build.ClusterDomain };
            var cluster = profile with
            {
                Inventory = [.. profile.Inventory, .. inventory.Objects],
                PreviousManifests = [.. profile.PreviousManifests, .. previousManifests],
            };
            try
            {
                var inputs = new ValidationInputs([.. evaluations.Where((_, j) => j != i)], inventory.Objects, previousManifests);
                var findings = ValidationMemo.GetOrValidate(evaluation, inputs, () =>
                {
                    var manifests = build.ToManifestSet(cluster, elsewhere);
                    return build.Validate(manifests).Diagnostics.Select(finding => new ValidatedFinding(finding, FixProperties(finding, manifests))).ToImmutableArray();
                });
                foreach (var (finding, fixProperties) in findings)
                    Add(byTree, ToDiagnostic(finding, fixProperties, locations, classLocation));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug of ours must cost this class its findings, never the editor its analyzer (AD0001) or the other classes theirs.
                Add(byTree, ManifestParser.InternalFailure(target, e).ToDiagnostic(classLocation));
            }
        }

        return new Findings(
            byTree.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray()),
            inventory,
            LintFiles.Analyze(options, inventory.Objects, cancellationToken));
    }

    // What a code fix needs and cannot compute from the syntax: the access modes with which a Pending claim would bind.
    private static ImmutableDictionary<string, string?>? FixProperties(K8sTyped.Rules.Diagnostic finding, ManifestSet manifests) =>
        BindableAccessModes.Of(finding, manifests) is { Count: > 0 } modes
            ? ImmutableDictionary<string, string?>.Empty.Add(BindableAccessModes.PropertyName, string.Join(",", modes))
            : null;

    private static RoslynDiagnostic ToDiagnostic(
        K8sTyped.Rules.Diagnostic finding, ImmutableDictionary<string, string?>? properties, SourceLocations locations, Location classLocation)
    {
        var related = finding.RelatedOrigins.Select(locations.Find).OfType<Location>().ToList();
        return RoslynDiagnostic.Create(
            DiagnosticDescriptors.ById(finding.Id),
            locations.Find(finding.Origin) ?? classLocation,
            DiagnosticDescriptors.ToRoslyn(finding.Severity),
            related,
            properties,
            finding.Message);
    }

    private static void Add(Dictionary<SyntaxTree, List<RoslynDiagnostic>> byTree, RoslynDiagnostic diagnostic)
    {
        // Every location is in a tree of this compilation: origins outside it fall back to the class.
        var tree = diagnostic.Location.SourceTree;
        if (tree is null) return;
        if (!byTree.TryGetValue(tree, out var list)) byTree[tree] = list = [];
        // One value can land in several places of the objects (InNamespace on every object, Pods(labels) on the
        // selector and the template): the same rule on the same span is one mistake, shown once.
        if (list.Exists(d => d.Id == diagnostic.Id && d.Location.SourceSpan == diagnostic.Location.SourceSpan)) return;
        list.Add(diagnostic);
    }

    private sealed record Findings(IReadOnlyDictionary<SyntaxTree, ImmutableArray<RoslynDiagnostic>> ByTree, InventoryFiles Inventory, LintFiles Lint);
}
