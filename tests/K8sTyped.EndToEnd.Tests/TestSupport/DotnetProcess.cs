using System.Diagnostics;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// How the tests start the dotnet host (the CLI, or an application such as a language server): the host that runs the
/// tests, with a clean MSBuild environment and no first-run noise.
/// </summary>
internal static class DotnetProcess
{
    // Set by the MSBuild that runs `dotnet test`; a child build must find its own SDK and targets, not inherit these.
    private static readonly string[] InheritedMSBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE"];

    /// <summary>The dotnet host that runs `dotnet test` (so children use the same SDK), else the one on the PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Describes running the host with <paramref name="arguments"/>, standard output and error redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Host)
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
        return start;
    }
}
