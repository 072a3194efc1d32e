using System.Diagnostics;
using System.Text;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>Runs the dotnet CLI as a child process with a time limit and keeps everything it printed for failure messages.</summary>
internal static class DotnetCommand
{
    public static DotnetResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        ProcessStartInfo start = DotnetProcess.StartInfo(workingDirectory, arguments);

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
