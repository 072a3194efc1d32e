using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Target: the MariaDB sample under 5 ms warm. Measured pessimistically: a new generator on freshly parsed files nobody
/// has bound or evaluated yet, so parsing, binding and evaluation are included.
/// </summary>
[MemoryDiagnoser]
public class MariaDbBenchmarks
{
    private CSharpCompilation _mariaDb = null!;

    [GlobalSetup]
    public void Setup() => _mariaDb = BenchmarkCompilations.MariaDb();

    [Benchmark]
    public GeneratorDriver MariaDbRun() => BenchmarkCompilations.NewDriver().RunGenerators(BenchmarkCompilations.Reparsed(_mariaDb));
}
