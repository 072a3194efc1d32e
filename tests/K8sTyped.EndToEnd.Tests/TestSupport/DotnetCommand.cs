using System.Diagnostics;
using System.Text;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>Runs the dotnet CLI as a child process with a time limit and keeps everything it printed for failure messages.</summary>
internal static class DotnetCommand
{
    // Set by the MSBuild that runs `dotnet test`; a child build must find its own SDK and targets, not inherit these.
    private static readonly string[] InheritedMSBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE"];

    public static DotnetResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string variable in InheritedMSBuildVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"`dotnet {string.Join(' ', arguments)}` did not finish within {timeout.TotalSeconds:0} s:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotnetResult(string.Join(' ', arguments), process.ExitCode, output.ToString());
        }
    }
}
