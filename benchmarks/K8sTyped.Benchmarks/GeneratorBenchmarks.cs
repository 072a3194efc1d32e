using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Targets: 1,000 resources under 500 ms cold; an unrelated edit under 5 ms (the MariaDB target is in
/// <see cref="MariaDbBenchmarks"/>). "Cold" is a new generator on freshly parsed files nobody has bound or evaluated yet,
/// as in a command-line build (parsing included).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _synthetic = null!;
    private CSharpCompilation[] _edits = null!;
    private GeneratorDriver _warmDriver = null!;
    private int _edit;

    [Params(10, 100, 1000)]
    public int Resources { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = BenchmarkCompilations.Synthetic(Resources);
        _edits = [BenchmarkCompilations.WithUnrelated(_synthetic, 1), BenchmarkCompilations.WithUnrelated(_synthetic, 2)];
        _warmDriver = BenchmarkCompilations.NewDriver().RunGenerators(_synthetic);
        var check = _warmDriver.GetRunResult();
        if (check.Diagnostics.Length > 0 || check.GeneratedTrees.Length != 1)
            throw new InvalidOperationException("The synthetic project does not generate cleanly: " + string.Join("; ", check.Diagnostics));
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => BenchmarkCompilations.NewDriver().RunGenerators(BenchmarkCompilations.Reparsed(_synthetic));

    [Benchmark]
    public GeneratorDriver UnrelatedEditRerun()
    {
        // Alternate between two versions of the unrelated file so every run sees an edit, each time in a new compilation
        // (as after a keystroke), so no binding cached on an earlier run's compilation is reused.
        _warmDriver = _warmDriver.RunGenerators(_edits[_edit++ & 1].Clone());
        return _warmDriver;
    }
}
