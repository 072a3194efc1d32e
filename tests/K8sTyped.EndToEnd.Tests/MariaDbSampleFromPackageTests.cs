using System.Text;
using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// The product's promise with the real generator: the MariaDB sample, referencing the packed package as users do, gets
/// its manifest written by `dotnet build` — the very bytes its code gives at run time — and a second build touches nothing.
/// </summary>
public sealed class MariaDbSampleFromPackageTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly string root = Path.Combine(Path.GetTempPath(), "k8styped-e2e-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Dotnet_build_writes_the_run_time_yaml_of_the_mariadb_sample_once()
    {
        LocalFeed feed = LocalFeed.Pack(root);
        ConsumerProject sample = ConsumerProject.Create(Path.Combine(root, "mariadb"), feed.Directory, feed.Version, "net10.0");
        sample.CopySources(Path.Combine(BuildEnvironment.RepositoryRoot, "samples", "MariaDb"));
        string announcement = $"K8sTyped: 1 manifest -> manifests{Path.DirectorySeparatorChar}";

        sample.Build().AssertSucceeded().AssertPrinted(announcement, times: 1);

        Assert.Equal(["mariadb.yaml"], sample.ManifestFiles());
        string runTimeYaml = MariaDb.MariaDbManifests.Build().ToYaml();
        Assert.Equal(new UTF8Encoding(false).GetBytes(runTimeYaml), File.ReadAllBytes(sample.Manifest("mariadb.yaml")));

        File.SetLastWriteTimeUtc(sample.Manifest("mariadb.yaml"), LongAgo);
        sample.Build().AssertSucceeded().AssertPrinted(announcement, times: 1);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(sample.Manifest("mariadb.yaml")));

        // The object layout: each file is the object's run-time YAML, cut by the writer from the one copy in the assembly.
        sample.Build("K8sTypedLayout=object").AssertSucceeded();
        var objects = MariaDb.MariaDbManifests.Build().Build().Objects;
        Assert.Equal(["namespace-database.yaml", "service-database-mariadb.yaml", "statefulset-database-mariadb.yaml"], sample.ManifestFiles());
        foreach (var (obj, file) in objects.Zip(sample.ManifestFiles()))
            Assert.Equal(new UTF8Encoding(false).GetBytes(KubernetesYaml.Serialize(obj)), File.ReadAllBytes(sample.Manifest(file)));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
