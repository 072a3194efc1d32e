using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Target: the MariaDB sample under 5 ms warm. Measured pessimistically: a new generator on a compilation nobody has bound
/// yet, so binding is included.
/// </summary>
[MemoryDiagnoser]
public class MariaDbBenchmarks
{
    private CSharpCompilation _mariaDb = null!;

    [GlobalSetup]
    public void Setup() => _mariaDb = BenchmarkCompilations.MariaDb();

    [Benchmark]
    public GeneratorDriver MariaDbRun() => BenchmarkCompilations.NewDriver().RunGenerators(_mariaDb.Clone());
}
