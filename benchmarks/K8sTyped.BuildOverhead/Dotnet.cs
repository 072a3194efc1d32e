using System.Diagnostics;
using System.Globalization;

namespace K8sTyped.BuildOverhead;

/// <summary>Runs the dotnet CLI and fails loudly, with its output, when a command fails.</summary>
internal static class Dotnet
{
    // GNU time reports the largest resident set among the process and the children it waited for (the compiler).
    private const string GnuTime = "/usr/bin/time";

    public static void Run(string directory, params string[] args) => Measure(directory, args);

    /// <summary>Runs the command; returns its wall-clock time and, where GNU time is installed, the peak memory of its largest process.</summary>
    public static BuildRun Measure(string directory, params string[] args)
    {
        string peakFile = Path.GetTempFileName();
        bool withTime = File.Exists(GnuTime);
        var start = new ProcessStartInfo(withTime ? GnuTime : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (withTime)
        {
            foreach (string arg in new[] { "-f", "%M", "-o", peakFile, "dotnet" }) start.ArgumentList.Add(arg);
        }

        foreach (string arg in args) start.ArgumentList.Add(arg);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet {string.Join(' ', args)} failed in {directory} with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }

        string peak = File.ReadAllText(peakFile).Trim();
        File.Delete(peakFile);
        return new BuildRun(
            stopwatch.Elapsed.TotalSeconds,
            long.TryParse(peak, NumberStyles.None, CultureInfo.InvariantCulture, out long kib) ? kib / 1024.0 : null);
    }
}
