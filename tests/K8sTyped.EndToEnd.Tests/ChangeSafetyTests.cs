using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// Change safety as a user meets it: build, change the C# of what is deployed in every way a change rule knows (a
/// StatefulSet's claim template, a StorageClass's parameters, a claim's access mode, a claim grown under a class without
/// expansion, a PersistentVolume's source, a Service made headless), build again, and each warning stands at its changed
/// call — found by comparing with the manifests the first build wrote. The consumer treats warnings as errors, so nothing is written until the change is resolved;
/// turning the comparison off lets the new manifests be written.
/// </summary>
public sealed class ChangeSafetyTests(PackedFeedFixture packed) : IClassFixture<PackedFeedFixture>
{
    private const string Deployed = """
        using K8sTyped;

        namespace Shop;

        [KubernetesManifests(FileName = "db.yaml")]
        public static partial class Db
        {
            public static Application App { get; } = Build();

            private static Application Build()
            {
                var pods = Labels.Of("app", "db");
                var fast = StorageClass.Named("fast")
                    .Provisioner("ebs.csi.aws.com")
                    .Parameter("type", "gp2");
                var headless = Service.Headless("db").Selecting(pods).Port("sql", 5432);
                var reads = Service.ClusterIP("db-read").Selecting(pods).Port("sql", 5432);
                var db = StatefulSet.Named("db").GovernedBy(headless).Replicas(3)
                    .Pods(pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce,
                        "10Gi", fast);
                return Application.Named("db").InNamespace("shop").Add(fast, headless, reads, db);
            }
        }

        """;

    private const string DeployedStorage = """
        using K8sTyped;

        namespace Shop;

        [KubernetesManifests(FileName = "uploads.yaml")]
        public static partial class Uploads
        {
            static readonly StorageClass Standard = StorageClass.Named("standard").Provisioner("ebs.csi.aws.com");

            public static readonly Application App = Application.Named("uploads").Add(
                Standard,
                PersistentVolumeClaim.Named("uploads").StorageClass(Standard)
                    .AccessModes(AccessMode.ReadWriteOnce).Requesting("10Gi"),
                PersistentVolumeClaim.Named("reports").StorageClass(Standard)
                    .AccessModes(AccessMode.ReadWriteOnce).Requesting("1Gi"),
                PersistentVolume.Named("archive").Capacity("100Gi").AccessModes(AccessMode.ReadWriteMany)
                    .Nfs("nfs.internal", "/exports/archive"));
        }

        """;

    [Fact]
    public void Every_kind_of_refused_change_is_reported_at_the_changed_call_on_the_next_build()
    {
        ConsumerProject shop = ConsumerProject.Create(
            Path.Combine(packed.Root, "change-" + Guid.NewGuid().ToString("N")[..8]), packed.Feed.Directory, packed.Feed.Version, "net10.0");
        shop.WriteFile("Program.cs", "System.Console.WriteLine(\"db\");\n");
        shop.WriteFile("Db.cs", Deployed);
        shop.WriteFile("Uploads.cs", DeployedStorage);

        DotnetResult first = shop.Build().AssertSucceeded();
        Assert.Empty(KtDiagnostics(first, shop));
        Assert.Equal(["db.yaml", "uploads.yaml"], shop.ManifestFiles());

        // A smaller claim template (the StatefulSet refuses any template change; volumes never shrink), new class parameters,
        // a Service made headless, another access mode, a claim grown under a class without expansion, another NFS server.
        shop.WriteFile("Db.cs", Deployed
            .Replace("""
                            .Parameter("type", "gp2");
                """, """
                            // expect KT4004 at `"gp3"`
                            .Parameter("type", "gp3");
                """, StringComparison.Ordinal)
            .Replace("""
                                "10Gi", fast);
                """, """
                                // expect KT4001 at `"5Gi"`
                                "5Gi", fast);
                """, StringComparison.Ordinal)
            .Replace("""
                        var reads = Service.ClusterIP("db-read")
                """, """
                        // expect KT4005 at `Headless("db-read")`
                        var reads = Service.Headless("db-read")
                """, StringComparison.Ordinal));
        shop.WriteFile("Uploads.cs", DeployedStorage
            .Replace("""
                            .AccessModes(AccessMode.ReadWriteOnce).Requesting("10Gi"),
                """, """
                            // expect KT4002 at `AccessMode.ReadWriteOncePod`
                            .AccessModes(AccessMode.ReadWriteOncePod).Requesting("10Gi"),
                """, StringComparison.Ordinal)
            .Replace("""
                            .AccessModes(AccessMode.ReadWriteOnce).Requesting("1Gi"),
                """, """
                            // expect KT4006 at `"2Gi"`
                            .AccessModes(AccessMode.ReadWriteOnce).Requesting("2Gi"),
                """, StringComparison.Ordinal)
            .Replace("""
                            .Nfs("nfs.internal", "/exports/archive"));
                """, """
                            // expect KT4003 at `"nfs2.internal"`
                            .Nfs("nfs2.internal", "/exports/archive"));
                """, StringComparison.Ordinal));

        // The consumer treats warnings as errors, so the build stops before writing: the change stays "new" until resolved.
        DotnetResult second = shop.Build().AssertFailed();
        Assert.Equal(DiagnosticMarkers.Read(shop.Directory), KtDiagnostics(second, shop));
        Assert.Contains("kubectl apply is refused: \"spec: Forbidden: updates to statefulset spec for fields other than", second.Output, StringComparison.Ordinal);
        Assert.Contains("A volume never shrinks: the existing claims (data-db-0, data-db-1, data-db-2) stay at 10Gi", second.Output, StringComparison.Ordinal);
        Assert.Contains("10Gi", File.ReadAllText(shop.Manifest("db.yaml")), StringComparison.Ordinal);

        // Once the change is dealt with in the cluster (a new StatefulSet, say), the comparison can be turned off for a build.
        DotnetResult third = shop.Build("K8sTypedCompareWithPreviousManifests=false").AssertSucceeded();
        Assert.Empty(KtDiagnostics(third, shop));
        Assert.Contains("storage: 5Gi", File.ReadAllText(shop.Manifest("db.yaml")), StringComparison.Ordinal);
    }

    private static string[] KtDiagnostics(DotnetResult build, ConsumerProject project) =>
        BuildDiagnostic.Parse(build.Output, "KT").Select(diagnostic => diagnostic.Where(project.Directory)).Order(StringComparer.Ordinal).ToArray();
}
