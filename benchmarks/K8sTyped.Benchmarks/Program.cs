using BenchmarkDotNet.Running;
using K8sTyped.Benchmarks;

// The child process of FreshProcessBenchmarks.
if (args is [FreshProcess.Command, var mode])
    return FreshProcess.Run(mode);

// dotnet run -c Release --project benchmarks/K8sTyped.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
