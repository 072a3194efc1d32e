using BenchmarkDotNet.Running;
using K8sTyped.Benchmarks;

// dotnet run -c Release --project benchmarks/K8sTyped.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
