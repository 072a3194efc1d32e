using System.Reflection;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>Facts about the repository build that produced this test assembly.</summary>
internal static class BuildEnvironment
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string Configuration => Metadata("Configuration");

    public static string PackageProject => Path.Combine(RepositoryRoot, "src", "K8sTyped.Package", "K8sTyped.Package.csproj");

    public static string ToolProject => Path.Combine(RepositoryRoot, "src", "K8sTyped.Tool", "K8sTyped.Tool.csproj");

    /// <summary>The machine's NuGet cache, used as an offline package source so the consumer restores without the network.</summary>
    public static string? MachinePackageCache
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            string path = string.IsNullOrEmpty(configured)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : configured;
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string Metadata(string key) =>
        typeof(BuildEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' is empty");
}
