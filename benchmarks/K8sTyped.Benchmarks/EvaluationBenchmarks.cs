using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Evaluation as it scales: one <c>Build()</c> method adding 10, 100 or 1,000 units (a Service, or a Deployment with a
/// pod lambda), with a <c>for</c> loop or written out one statement per unit. Target: 1,000 units in a loop under
/// 150 ms warm. <see cref="Evaluate"/> is a new generator on freshly parsed files (binding and evaluation, in a warm
/// process); the re-runs are the keystrokes of the editor: in an unrelated file (the cache answers) and inside the
/// manifests class (the class is evaluated again).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private CSharpCompilation _units = null!;
    private CSharpCompilation[] _unrelatedEdits = null!;
    private CSharpCompilation[] _inClassEdits = null!;
    private GeneratorDriver _driver = null!;
    private int _edit;

    [Params(10, 100, 1000)]
    public int Units { get; set; }

    [Params(false, true)]
    public bool Explicit { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _units = BenchmarkCompilations.Units(Units, Explicit);
        _unrelatedEdits = [BenchmarkCompilations.WithUnrelated(_units, 1), BenchmarkCompilations.WithUnrelated(_units, 2)];
        _inClassEdits = [BenchmarkCompilations.WithEditedUnit(_units, 28), BenchmarkCompilations.WithEditedUnit(_units, 29)];
        _driver = BenchmarkCompilations.NewDriver().RunGenerators(_units);
        var check = _driver.GetRunResult();
        if (check.Diagnostics.Length > 0 || check.GeneratedTrees.Length != 1)
            throw new InvalidOperationException("The units project does not generate cleanly: " + string.Join("; ", check.Diagnostics));
    }

    [Benchmark]
    public GeneratorDriver Evaluate() => BenchmarkCompilations.NewDriver().RunGenerators(BenchmarkCompilations.Reparsed(_units));

    /// <summary>A keystroke in a file the evaluation did not read (a new compilation each time).</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEditRerun() => _driver = _driver.RunGenerators(_unrelatedEdits[_edit++ & 1].Clone());

    /// <summary>A keystroke inside the manifests class: one unit's image changes (a new compilation each time).</summary>
    [Benchmark]
    public GeneratorDriver InClassEditRerun() => _driver = _driver.RunGenerators(_inClassEdits[_edit++ & 1].Clone());
}
