using System.Security;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// A throwaway application that references the K8sTyped package from a local feed, restored into its own empty package
/// folder so nothing from an earlier run or another version can be picked up. Empty Directory.Build.props/.targets and
/// Directory.Packages.props stop MSBuild from importing whatever lies above the temp folder.
/// </summary>
internal sealed class ConsumerProject
{
    public const string ProjectName = "Shop";

    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public string ManifestsDirectory => Path.Combine(Directory, "manifests");

    public static ConsumerProject Create(string directory, string feed, string packageVersion, string targetFrameworks)
    {
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), NuGetConfig(feed));
        File.WriteAllText(Path.Combine(directory, ProjectName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>{targetFrameworks}</TargetFrameworks>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages/</RestorePackagesPath>
                <!-- No native launcher: one less framework-specific pack to restore for the older target framework. -->
                <UseAppHost>false</UseAppHost>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="K8sTyped" Version="{packageVersion}" />
              </ItemGroup>
            </Project>
            """);
        return new ConsumerProject(directory);
    }

    /// <summary>Replaces the program with one that carries these entries, as the generator would emit them.</summary>
    public void WriteEntries(params (string Application, string Layout, string FileName, string Content)[] entries)
    {
        IEnumerable<string> attributes = entries.Select(entry =>
            $"[assembly: K8sTyped.Build.GeneratedManifest({Literal(entry.Application)}, {Literal(entry.Layout)}, {Literal(entry.FileName)}, {Literal(entry.Content)})]");
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), string.Join("\n", attributes) + "\nSystem.Console.WriteLine(\"shop\");\n");
    }

    /// <summary>Replaces the program with the C# sources of <paramref name="sourceDirectory"/> (a sample, say).</summary>
    public void CopySources(string sourceDirectory)
    {
        File.Delete(Path.Combine(Directory, "Program.cs"));
        foreach (string source in System.IO.Directory.EnumerateFiles(sourceDirectory, "*.cs"))
            File.Copy(source, Path.Combine(Directory, Path.GetFileName(source)), overwrite: true);
    }

    /// <summary>Writes (or replaces) a file of the project, such as a C# source or a cluster inventory.</summary>
    public void WriteFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Adds an item group to the project file, as a user would edit it (<paramref name="items"/> is its inner XML).</summary>
    public void AddItemGroup(string items)
    {
        string project = Path.Combine(Directory, ProjectName + ".csproj");
        string text = File.ReadAllText(project);
        int end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(project, text[..end] + $"  <ItemGroup>\n    {items}\n  </ItemGroup>\n" + text[end..]);
    }

    /// <summary>Restores the project, which is all an editor needs before it opens it.</summary>
    public DotnetResult Restore() =>
        DotnetCommand.Run(Directory, TimeSpan.FromMinutes(3), "restore", "-tl:off", "-nodeReuse:false");

    public DotnetResult Build(params string[] properties) =>
        DotnetCommand.Run(
            Directory,
            TimeSpan.FromMinutes(3),
            ["build", "-v:n", "-tl:off", "-nodeReuse:false", .. properties.Select(property => "-p:" + property)]);

    public string Manifest(string relativePath) => Path.Combine(ManifestsDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The files in the manifests folder, without the writer's own <c>.k8styped/</c> (owner records and lock).</summary>
    public string[] ManifestFiles()
    {
        string root = ManifestsDirectory;
        return System.IO.Directory.Exists(root)
            ? System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(path => !path.StartsWith(".k8styped/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
    }

    private static string Literal(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string NuGetConfig(string feed)
    {
        // The local feed first and the only source for K8sTyped (source mapping), so the package under test can never
        // come from anywhere else; the machine's cache then nuget.org for the rest (the older target framework's pack).
        string? cache = BuildEnvironment.MachinePackageCache;
        string cacheSource = cache is null ? "" : $"""<add key="machine-cache" value="{SecurityElement.Escape(cache)}" />""";
        string cacheMapping = cache is null ? "" : """<packageSource key="machine-cache"><package pattern="*" /></packageSource>""";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(feed)}" />
                {cacheSource}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="K8sTyped" /></packageSource>
                {cacheMapping}
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """;
    }
}
