using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>Runs the manifest generator over a compilation, the way the compiler does, with step tracking on.</summary>
internal sealed class GeneratorRun
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _analyzerDiagnostics;

    private GeneratorRun(GeneratorDriver driver, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, AnalyzerConfigOptionsProvider? properties)
    {
        Driver = driver;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
        _analyzerDiagnostics = new(() => output
            .WithAnalyzers([new Analysis.ManifestAnalyzer()], properties is null ? null : new AnalyzerOptions([], properties))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray());
    }

    public GeneratorDriver Driver { get; }

    /// <summary>The compilation with the generated sources added.</summary>
    public Compilation Output { get; }

    /// <summary>What the generator itself reported: always nothing (the analyzers report).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>What K8sTyped's analyzers report on the compilation with the generated code, as the compiler runs them after the generator.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _analyzerDiagnostics.Value;

    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public static GeneratorDriver NewDriver(AnalyzerConfigOptionsProvider? properties = null) =>
        CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            optionsProvider: properties,
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? NewDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics, null);
    }

    public static GeneratorRun Run(params string[] sources) => Run(TestCompilation.Create(sources));

    /// <summary>Runs the generator and the analyzers with these MSBuild properties visible to both.</summary>
    public static GeneratorRun Run(BuildProperties properties, params string[] sources)
    {
        var driver = NewDriver(properties).RunGeneratorsAndUpdateCompilation(TestCompilation.Create(sources), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics, properties);
    }

    public GeneratorRun Rerun(Compilation compilation) => Run(compilation, Driver);

    public IEnumerable<string> GeneratedSources => Result.GeneratedTrees.Select(t => t.ToString());

    /// <summary>Whether any generated part carries manifests for the writer (a failed evaluation emits its members empty, without them).</summary>
    public bool WroteManifests => GeneratedSources.Any(s => s.Contains("GeneratedApplication(", StringComparison.Ordinal));

    /// <summary>The findings of the rules, without the evaluator's own KT01xx.</summary>
    public IEnumerable<Diagnostic> RuleDiagnostics => Diagnostics.Where(d => !IsEvaluationDiagnostic(d));

    /// <summary>Why evaluation failed (KT01xx), if it did.</summary>
    public IEnumerable<Diagnostic> EvaluationDiagnostics => Diagnostics.Where(IsEvaluationDiagnostic);

    private static bool IsEvaluationDiagnostic(Diagnostic diagnostic) =>
        K8sTyped.Generator.Diagnostics.DiagnosticDescriptors.Evaluation.Any(d => d.Id == diagnostic.Id);

    /// <summary>Errors of the compilation with the generated code: the generated code must compile.</summary>
    public IEnumerable<Diagnostic> OutputErrors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
}
