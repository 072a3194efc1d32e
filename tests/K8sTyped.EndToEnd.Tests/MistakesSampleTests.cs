using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// samples/Mistakes built from the packed package, as the README shows it: every planted mistake is reported by the
/// build with its own id at the file, line and column its marker names, nothing else is reported, and the errors fail
/// the build before any manifest is written.
/// </summary>
public sealed class MistakesSampleTests : IDisposable
{
    // One planted mistake per rule family; the markers must keep covering all of them.
    private static readonly string[] PlantedIds = ["KT0002", "KT0101", "KT1001", "KT1201", "KT2001", "KT2002", "KT2004", "KT2005", "KT3001"];

    private readonly string root = Path.Combine(Path.GetTempPath(), "k8styped-e2e-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Dotnet_build_reports_each_planted_mistake_at_its_marker_and_writes_no_manifest()
    {
        LocalFeed feed = LocalFeed.Pack(root);
        string sample = Path.Combine(BuildEnvironment.RepositoryRoot, "samples", "Mistakes");
        string manifests = Path.Combine(root, "manifests");

        // The sample's own package mode (samples/Directory.Build.*), pointed at this test's feed and folders: the
        // repository gets no obj/, bin/ or manifests/ from it, and no other run's packages can be picked up.
        DotnetResult build = DotnetCommand.Run(sample, TimeSpan.FromMinutes(4),
                "build", "-tl:off", "-nodeReuse:false",
                "--artifacts-path", Path.Combine(root, "artifacts"),
                $"-p:K8sTypedPackageVersion={feed.Version}",
                $"-p:RestoreAdditionalProjectSources={feed.Directory}",
                $"-p:RestorePackagesPath={Path.Combine(root, "packages")}",
                $"-p:K8sTypedOutputPath={manifests}")
            .AssertFailed();

        IReadOnlyList<string> expected = DiagnosticMarkers.Read(sample);
        Assert.Equal(PlantedIds, expected.Select(where => where.Split(": ")[1]).Distinct().Order(StringComparer.Ordinal));
        string[] reported = BuildDiagnostic.Parse(build.Output, "KT").Select(diagnostic => diagnostic.Where(sample)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(reported),
            $"expected exactly\n  {string.Join("\n  ", expected)}\nbut the build reported\n  {string.Join("\n  ", reported)}\n\n{build.Output}");
        Assert.False(Directory.Exists(manifests), $"a build with errors wrote manifests into {manifests}");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
