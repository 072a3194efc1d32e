using System.Text;
using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// The whole feature as a user meets it: pack K8sTyped, reference it from a new multi-targeted application whose assembly
/// carries GeneratedManifest entries (hand-written here, so the test does not depend on the generator), and build.
/// </summary>
public sealed class ManifestsAtBuildTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    // Non-ASCII and a blank line: the file must hold exactly these bytes, UTF-8 without a byte order mark.
    private const string ShopYaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: mariadb # café\n\n---\napiVersion: apps/v1\nkind: StatefulSet\n";
    private const string CacheYaml = "apiVersion: v1\nkind: List\nitems: []\n";

    private readonly string root = Path.Combine(Path.GetTempPath(), "k8styped-e2e-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Dotnet_build_writes_the_manifests_incrementally_per_layout_and_only_when_enabled()
    {
        LocalFeed feed = LocalFeed.Pack(root);

        // Two target frameworks: two inner builds run the writer in parallel into the same folder.
        ConsumerProject shop = ConsumerProject.Create(Path.Combine(root, "shop"), feed.Directory, feed.Version, "net10.0;net8.0");
        shop.WriteEntries(
            ("Shop.MariaDb", "application", "mariadb.yaml", ShopYaml),
            ("Shop.Cache", "application", "cache.yaml", CacheYaml),
            ("Shop.MariaDb", "object", "mariadb/service-mariadb.yaml", "kind: Service\n"),
            ("Shop.MariaDb", "object", "mariadb/statefulset-mariadb.yaml", "kind: StatefulSet\n"));
        string announcement = $"K8sTyped: 2 manifests -> manifests{Path.DirectorySeparatorChar}";

        shop.Build().AssertSucceeded().AssertPrinted(announcement, times: 2);
        Assert.Equal(["cache.yaml", "mariadb.yaml"], shop.ManifestFiles());
        Assert.Equal(new UTF8Encoding(false).GetBytes(ShopYaml), File.ReadAllBytes(shop.Manifest("mariadb.yaml")));
        Assert.Equal(Encoding.UTF8.GetBytes(CacheYaml), File.ReadAllBytes(shop.Manifest("cache.yaml")));

        // Second build: nothing changed, so the writer is skipped by MSBuild and no file is touched. (By default the
        // manifests just written join the compiler's inputs for the change rules: new files change the analyzer config
        // that lists them, which makes this one build compile again; this test is about the writer, so it leaves them
        // out. See docs/analyzers.md.)
        File.SetLastWriteTimeUtc(shop.Manifest("mariadb.yaml"), LongAgo);
        File.SetLastWriteTimeUtc(shop.Manifest("cache.yaml"), LongAgo);
        shop.Build("K8sTypedCompareWithPreviousManifests=false").AssertSucceeded()
            .AssertPrinted(announcement, times: 2)
            .AssertPrinted("Skipping target \"_K8sTypedRunWriter\" because all output files are up-to-date", times: 2);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(shop.Manifest("mariadb.yaml")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(shop.Manifest("cache.yaml")));

        // A manifest deleted by hand comes back on the next build, although the assembly did not change.
        File.Delete(shop.Manifest("cache.yaml"));
        shop.Build().AssertSucceeded();
        Assert.Equal(Encoding.UTF8.GetBytes(CacheYaml), File.ReadAllBytes(shop.Manifest("cache.yaml")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(shop.Manifest("mariadb.yaml")));

        // Object layout: one file per object; the application files this build wrote before are removed.
        File.WriteAllText(shop.Manifest("kustomization.yaml"), "resources: []\n");
        shop.Build("K8sTypedLayout=object").AssertSucceeded()
            .AssertPrinted($"K8sTyped: 2 manifests -> manifests{Path.DirectorySeparatorChar}", times: 2);
        Assert.Equal(["kustomization.yaml", "mariadb/service-mariadb.yaml", "mariadb/statefulset-mariadb.yaml"], shop.ManifestFiles());
        Assert.Equal("kind: StatefulSet\n", File.ReadAllText(shop.Manifest("mariadb/statefulset-mariadb.yaml")));

        // Turned off: no folder, no message.
        string elsewhere = Path.Combine(root, "elsewhere");
        DotnetResult off = shop.Build("K8sTypedEmit=false", $"K8sTypedOutputPath={elsewhere}").AssertSucceeded();
        Assert.False(Directory.Exists(elsewhere));
        Assert.Equal(0, off.Count("K8sTyped: "));

        // Design-time builds (what IDEs run while you type) never write files.
        DotnetResult designTime = shop.Build("DesignTimeBuild=true", $"K8sTypedOutputPath={elsewhere}").AssertSucceeded();
        Assert.False(Directory.Exists(elsewhere));
        Assert.Equal(0, designTime.Count("K8sTyped: "));

        // A name escaping the output folder fails the build with the writer's message and writes nothing.
        shop.WriteEntries(("Shop.MariaDb", "application", "../escape.yaml", ShopYaml));
        DotnetResult failed = shop.Build().AssertFailed();
        Assert.True(failed.Count("error K8STB002: K8sTyped: the manifest file name '../escape.yaml' is rejected: it contains '..'.") > 0, failed.Output);
        Assert.Equal(0, failed.Count("MSB3073"));
        Assert.False(File.Exists(Path.Combine(shop.Directory, "escape.yaml")));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
