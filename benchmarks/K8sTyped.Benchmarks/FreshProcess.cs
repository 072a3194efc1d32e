using Microsoft.CodeAnalysis;

namespace K8sTyped.Benchmarks;

/// <summary>The child process of <see cref="FreshProcessBenchmarks"/>: <c>K8sTyped.Benchmarks fresh-process compile|evaluate</c>.</summary>
internal static class FreshProcess
{
    public const string Command = "fresh-process";
    public const string CompileOnlyMode = "compile";
    public const string EvaluateMode = "evaluate";

    public static int Run(string mode)
    {
        // As the compiler has it when generators run: the project parsed, its declarations and method bodies bound.
        var compilation = BenchmarkCompilations.MariaDb();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, errors));
            return 2;
        }

        if (mode == CompileOnlyMode) return 0;
        var result = BenchmarkCompilations.NewDriver().RunGenerators(compilation).GetRunResult();
        if (result.Diagnostics.Length > 0 || result.GeneratedTrees.Length != 1)
        {
            Console.Error.WriteLine("The MariaDB sample did not generate cleanly: " + string.Join("; ", result.Diagnostics));
            return 3;
        }

        return 0;
    }
}
