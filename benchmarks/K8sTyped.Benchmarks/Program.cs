using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/K8sTyped.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(K8sTyped.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
