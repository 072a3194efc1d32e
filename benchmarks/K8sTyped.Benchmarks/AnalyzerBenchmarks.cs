using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using K8sTyped.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sTyped.Benchmarks;

/// <summary>
/// The analyzers as the editor runs them, beside the generator's figures: on a project the generator has just run on
/// (so the evaluation is shared and only the rules run), from scratch (evaluation included, as the first analysis in a
/// fresh process), and after an edit inside the manifests class (the class is evaluated again).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = [new ManifestAnalyzer()];

    private CSharpCompilation _synthetic = null!;
    private Compilation _generated = null!;
    private CSharpCompilation[] _edits = null!;
    private int _edit;

    [Params(10, 100, 1000)]
    public int Resources { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = BenchmarkCompilations.Synthetic(Resources);
        BenchmarkCompilations.NewDriver().RunGeneratorsAndUpdateCompilation(_synthetic, out _generated, out _);
        _edits = [BenchmarkCompilations.WithEditedMember(_synthetic, 4), BenchmarkCompilations.WithEditedMember(_synthetic, 5)];
        var findings = Analyze(_generated);
        if (findings.Any(d => d.Id.StartsWith("KT01", StringComparison.Ordinal)))
            throw new InvalidOperationException("The synthetic project does not evaluate cleanly: " + string.Join("; ", findings));
    }

    /// <summary>After the generator ran on this compilation: the evaluation is reused, the rules run.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> AfterGenerator() => Analyze(_generated.Clone());

    /// <summary>Nothing evaluated yet (freshly parsed files): evaluation and rules.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> FullAnalysis() => Analyze(BenchmarkCompilations.Reparsed(_synthetic));

    /// <summary>One member of the manifests class edited (a new compilation each time, as after a keystroke).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> EditOneMember() => Analyze(_edits[_edit++ & 1].Clone());

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation) =>
        compilation.WithAnalyzers(s_analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}
