using System.Diagnostics;
using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// The k8styped tool as a user gets it: packed under a version no cache can have, installed from a local feed with
/// <c>dotnet tool install --add-source</c>, then <c>helm template</c>-style output piped into <c>k8styped lint -</c>.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private const string Rendered = """
        ---
        # Source: db/templates/service.yaml
        apiVersion: v1
        kind: Service
        metadata: { name: mariadb, namespace: db }
        spec: { clusterIP: None, selector: { app: mariadb }, ports: [{ name: sql, port: 3306 }] }
        ---
        # Source: db/templates/statefulset.yaml
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: mariadb, namespace: db }
        spec:
          serviceName: mariadb-headless
          selector: { matchLabels: { app: mariadb } }
          template:
            metadata: { labels: { app: mariadb } }
            spec:
              containers: [{ name: mariadb, image: "mariadb:11.4" }]
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "k8styped-tool-e2e-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_tool_installs_from_a_local_feed_and_lints_standard_input()
    {
        string feed = Path.Combine(_root, "feed");
        string tools = Path.Combine(_root, "tools");
        string version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid().ToString("N")[..8]}";
        DotnetCommand.Run(BuildEnvironment.RepositoryRoot, TimeSpan.FromMinutes(4),
                "pack", BuildEnvironment.ToolProject, "--no-build", "-c", BuildEnvironment.Configuration, "-o", feed, $"-p:Version={version}",
                "-nodeReuse:false", "-tl:off")
            .AssertSucceeded();
        Directory.CreateDirectory(tools);

        DotnetCommand.Run(_root, TimeSpan.FromMinutes(3),
                "tool", "install", "K8sTyped.Tool", "--version", version, "--add-source", feed, "--tool-path", tools)
            .AssertSucceeded()
            .AssertPrinted("You can invoke the tool using the following command: k8styped", 1);

        var (exitCode, output, error) = RunInstalled(Path.Combine(tools, OperatingSystem.IsWindows() ? "k8styped.exe" : "k8styped"), Rendered,
            "lint", "-", "--stdin-name", "rendered.yaml", "--fail-on", "warning");

        Assert.True(exitCode == 1, $"exit {exitCode}\n{output}\n{error}");
        Assert.StartsWith("rendered.yaml:13:16: warning KT2001: ", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    // The installed launcher, with the tests' own runtime (DOTNET_ROOT) and standard input fed from the test.
    private static (int ExitCode, string Output, string Error) RunInstalled(string launcher, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo(launcher)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        if (Path.GetDirectoryName(DotnetProcess.Host) is { Length: > 0 } dotnetRoot)
            start.Environment["DOTNET_ROOT"] = dotnetRoot;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "k8styped did not finish within a minute");
        return (process.ExitCode, output.Result, error.Result);
    }
}
