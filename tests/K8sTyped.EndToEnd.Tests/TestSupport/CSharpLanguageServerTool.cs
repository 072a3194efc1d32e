namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// csharp-ls, a Roslyn language server distributed as a dotnet tool: the real editor back end the editor tests drive.
/// It is installed from the configured NuGet sources into <c>artifacts/tools</c> the first time a test asks for it, and
/// reused after that (artifacts/ is disposable, so deleting it forces a fresh install).
/// </summary>
internal static class CSharpLanguageServerTool
{
    public const string PackageId = "csharp-ls";

    /// <summary>The version the tests were written against: its settings and diagnostics behaviour are what they expect.</summary>
    public const string Version = "0.28.0";

    private static readonly Lazy<string> s_serverAssembly = new(InstallOnce);

    /// <summary>The server's entry assembly, run as <c>dotnet CSharpLanguageServer.dll</c> with the tests' own dotnet host.</summary>
    public static string ServerAssembly => s_serverAssembly.Value;

    private static string ToolPath => Path.Combine(BuildEnvironment.RepositoryRoot, "artifacts", "tools", $"{PackageId}-{Version}");

    private static string InstallOnce()
    {
        if (FindServerAssembly() is { } installed)
        {
            return installed;
        }

        Directory.CreateDirectory(ToolPath);
        DotnetResult install = DotnetCommand.Run(ToolPath, TimeSpan.FromMinutes(5), "tool", "install", PackageId, "--version", Version, "--tool-path", ToolPath);
        Assert.True(install.ExitCode == 0,
            $"The editor tests need the language server {PackageId} {Version}, and `dotnet {install.Command}` could not install it " +
            $"(exit code {install.ExitCode}). Check that a NuGet source serving {PackageId} is configured and reachable:\n{install.Output}");
        return FindServerAssembly()
            ?? throw new InvalidOperationException($"{PackageId} {Version} was installed into {ToolPath}, but CSharpLanguageServer.dll is not there.");
    }

    // Running the assembly rather than the tool's native launcher: the launcher has to find a dotnet runtime on its own,
    // the assembly runs on the very host that runs the tests.
    private static string? FindServerAssembly()
    {
        string package = Path.Combine(ToolPath, ".store", PackageId, Version);
        return Directory.Exists(package)
            ? Directory.EnumerateFiles(package, "CSharpLanguageServer.dll", SearchOption.AllDirectories).SingleOrDefault()
            : null;
    }
}
