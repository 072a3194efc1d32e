using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace K8sTyped.Benchmarks;

/// <summary>
/// The first evaluation of the MariaDB sample in a fresh process, as in a fresh compiler: every measurement starts a
/// new process (<see cref="FreshProcess"/>) that prepares the compilation as the compiler would have (parsed and
/// bound), then exits (<see cref="CompileOnly"/>, the baseline) or first runs the generator on it once
/// (<see cref="FirstEvaluation"/>). The difference is what the first evaluation costs: loading and initialising the
/// generator and K8sTyped, JIT, evaluating, writing the YAML. Target: under 150 ms.
/// </summary>
public class FreshProcessBenchmarks
{
    [Benchmark(Baseline = true)]
    public void CompileOnly() => Run(FreshProcess.CompileOnlyMode);

    [Benchmark]
    public void FirstEvaluation() => Run(FreshProcess.EvaluateMode);

    // BenchmarkDotNet runs this class in an executable of its own beside this assembly: the child is this assembly's
    // entry point started with that executable's runtime configuration and dependencies.
    private static void Run(string mode)
    {
        var entry = Assembly.GetEntryAssembly()!.Location;
        var self = typeof(FreshProcessBenchmarks).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "exec", "--runtimeconfig", Path.ChangeExtension(entry, ".runtimeconfig.json"), "--depsfile", Path.ChangeExtension(entry, ".deps.json"),
                     self, FreshProcess.Command, mode,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The fresh process failed ({process.ExitCode}): {output} {error.Result}");
    }
}
