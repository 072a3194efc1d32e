using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// The package's linux-x64 ReadyToRun copies (docs/performance.md, "First use"): on linux-x64 a build's compiler loads the
/// precompiled generator and library and the built app runs the precompiled library; anywhere else, or with
/// <c>K8sTypedReadyToRun=false</c>, the IL assemblies. The YAML is the same bytes either way.
/// </summary>
public sealed class ReadyToRunTests(PackedFeedFixture packed) : IClassFixture<PackedFeedFixture>
{
    private const string Program = """
        using K8sTyped;

        Console.WriteLine(typeof(KubernetesYaml).Assembly.Location);
        Console.Write(Shop.Manifests.App.ToYaml());

        namespace Shop
        {
            [KubernetesManifests(FileName = "shop.yaml")]
            public static partial class Manifests
            {
                public static Application App { get; } = Application.Named("shop").InNamespace("shop")
                    .Add(Service.Headless("db").Selecting(Labels.Of("app", "db")).Port("sql", 5432));
            }
        }
        """;

    private static bool OnLinuxX64 => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    [Fact]
    public void On_linux_x64_the_compiler_and_the_app_use_the_ReadyToRun_copies_and_write_the_same_yaml()
    {
        ConsumerProject shop = ConsumerProject.Create(Path.Combine(packed.Root, "shop"), packed.Feed.Directory, packed.Feed.Version, "net10.0");
        shop.WriteFile("Program.cs", Program);
        shop.WriteFile("Directory.Build.targets", $"""
            <Project>
              <Target Name="PrintAnalyzers" AfterTargets="CoreCompile">
                <Message Importance="high" Text="{AnalyzerMarker}%(Analyzer.FullPath)" />
              </Target>
            </Project>
            """);

        DotnetResult build = shop.Build().AssertSucceeded();
        string[] analyzers = BuiltAnalyzers(build);
        string yaml = File.ReadAllText(shop.Manifest("shop.yaml"));
        string generator = Assert.Single(analyzers, path => Path.GetFileName(path) == "K8sTyped.Generator.dll");
        string library = Assert.Single(analyzers, path => Path.GetFileName(path) == "K8sTyped.dll");
        Assert.Single(analyzers, path => Path.GetFileName(path) == "K8sTyped.CodeFixes.dll" && InFolder(path, "analyzers/dotnet/cs"));
        (string ranLibrary, string ranYaml) = Run(shop);
        Assert.Equal(yaml, ranYaml);
        if (OnLinuxX64)
        {
            Assert.True(InFolder(generator, "build/readytorun/linux-x64") && InFolder(library, "build/readytorun/linux-x64"), string.Join("\n", analyzers));
            Assert.True(IsReadyToRun(generator) && IsReadyToRun(library));
            string writer = Assert.Single(WritersRun(build));
            Assert.True(InFolder(writer, "build/readytorun/linux-x64/writer") && IsReadyToRun(writer), writer);
            Assert.True(InFolder(ranLibrary, "runtimes/linux-x64/lib/netstandard2.0"), ranLibrary);
            Assert.True(IsReadyToRun(ranLibrary));
        }
        else
        {
            Assert.True(InFolder(generator, "analyzers/dotnet/cs") && InFolder(library, "analyzers/dotnet/cs"), string.Join("\n", analyzers));
        }

        // Opting out: the IL assemblies compile, and the generator writes the same bytes.
        File.Delete(shop.Manifest("shop.yaml"));
        build = shop.Build("K8sTypedReadyToRun=false").AssertSucceeded();
        analyzers = BuiltAnalyzers(build);
        Assert.All(analyzers.Where(path => Path.GetFileName(path).StartsWith("K8sTyped", StringComparison.Ordinal)), path => Assert.True(InFolder(path, "analyzers/dotnet/cs"), path));
        Assert.True(InFolder(Assert.Single(WritersRun(build)), "tools/net8.0"));
        Assert.Equal(Encoding.UTF8.GetBytes(yaml), File.ReadAllBytes(shop.Manifest("shop.yaml")));
    }

    private const string AnalyzerMarker = "K8sTyped-test-analyzer: ";

    // The Analyzer items the compiler got, printed by the consumer's PrintAnalyzers target.
    private static string[] BuiltAnalyzers(DotnetResult build) => build.Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(AnalyzerMarker, StringComparison.Ordinal))
            .Select(line => line[AnalyzerMarker.Length..])
            .ToArray();

    // The writer assemblies the build ran, from the command lines MSBuild logs for its Exec task.
    private static string[] WritersRun(DotnetResult build) =>
        System.Text.RegularExpressions.Regex.Matches(build.Output, "\"([^\"]*K8sTyped\\.ManifestWriter\\.dll)\" --assembly")
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .ToArray();

    private static (string Library, string Yaml) Run(ConsumerProject shop)
    {
        DotnetResult run = DotnetCommand.Run(shop.Directory, TimeSpan.FromMinutes(1), "bin/Debug/net10.0/Shop.dll").AssertSucceeded();
        int firstLine = run.Output.IndexOf('\n', StringComparison.Ordinal);
        return (run.Output[..firstLine].Trim(), run.Output[(firstLine + 1)..]);
    }

    private static bool InFolder(string path, string folder) =>
        Path.GetDirectoryName(path)!.Replace('\\', '/').EndsWith(folder, StringComparison.OrdinalIgnoreCase);

    // A ReadyToRun image carries a managed native header (the R2R header) beside its IL.
    private static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
