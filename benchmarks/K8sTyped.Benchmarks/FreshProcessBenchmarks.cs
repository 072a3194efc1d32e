using BenchmarkDotNet.Attributes;
using static K8sTyped.Benchmarks.FreshCompiler;

namespace K8sTyped.Benchmarks;

/// <summary>
/// The first evaluation of the MariaDB sample in a fresh compiler: every measurement is a new process of the SDK's
/// compiler (<see cref="FreshCompiler"/>). <c>Generators</c> pass <c>/skipanalyzers+</c>, so their difference from
/// <see cref="CompileOnly"/> is the first evaluation alone — loading the generator and K8sTyped, JIT, evaluating,
/// writing the YAML. Target: ≤ 150 ms. The <c>WithAnalyzers</c> pair adds the analyzers' first validation: what a fresh
/// compiler in <c>dotnet build</c> pays in all.
/// </summary>
public class FreshProcessBenchmarks
{
    [Benchmark(Baseline = true)]
    public void CompileOnly() => Compile(K8sTypedAssemblies.None, analyzers: false);

    [Benchmark]
    public void FirstEvaluation_IL() => Compile(K8sTypedAssemblies.IL, analyzers: false);

    [Benchmark]
    public void FirstEvaluation_ReadyToRun() => Compile(K8sTypedAssemblies.ReadyToRun, analyzers: false);

    [Benchmark]
    public void CompileOnly_WithAnalyzers() => Compile(K8sTypedAssemblies.None, analyzers: true);

    [Benchmark]
    public void FirstBuild_IL_WithAnalyzers() => Compile(K8sTypedAssemblies.IL, analyzers: true);

    [Benchmark]
    public void FirstBuild_ReadyToRun_WithAnalyzers() => Compile(K8sTypedAssemblies.ReadyToRun, analyzers: true);
}
