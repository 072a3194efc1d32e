using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// The cluster inventory as a user adds it: saved <c>kubectl get</c> output listed as <c>K8sTypedClusterInventory</c>
/// items joins what the rules know, so a claim that only an existing PersistentVolume can satisfy builds once the
/// volume is listed, and a damaged inventory file is reported at its own line and column.
/// </summary>
public sealed class ClusterInventoryTests(PackedFeedFixture packed) : IClassFixture<PackedFeedFixture>
{
    private const string InventoryItem = """<K8sTypedClusterInventory Include="cluster/pvs.yaml" />""";
    private const string Capacity = "20Gi";

    // A claim with no class can only bind an existing volume; there is none in the manifests (KT3001 without inventory).
    private const string ReportsSource = """
        using K8sTyped;

        namespace Shop;

        [KubernetesManifests(FileName = "reports.yaml")]
        public static partial class Reports
        {
            public static Application App { get; } = Build();

            private static Application Build()
            {
                var claim = PersistentVolumeClaim.Named("reports")
                    // No class and no volume in the manifests: only a volume the cluster already has can bind it.
                    // expect KT3001 at `NoStorageClass()`
                    .NoStorageClass()
                    .AccessModes(AccessMode.ReadWriteMany)
                    .Requesting("5Gi");
                var writer = Pod.Named("report-writer").Spec(pod => pod
                    .Container("writer", "busybox:1.37", c => c.Mount("reports", "/reports"))
                    .ClaimVolume("reports", claim));
                return Application.Named("reports").InNamespace("analytics").Add(claim, writer);
            }
        }

        """;

    // What `kubectl get pv -o yaml` prints for the cluster's NFS volume, which fits the claim.
    private const string Inventory = $"""
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: PersistentVolume
          metadata:
            name: nfs-reports
          spec:
            capacity:
              storage: {Capacity}
            accessModes:
            - ReadWriteMany
            persistentVolumeReclaimPolicy: Retain
            nfs:
              server: nfs.example.internal
              path: /exports/reports
            volumeMode: Filesystem
          status:
            phase: Available
        metadata:
          resourceVersion: ""

        """;

    [Fact]
    public void A_claim_only_a_cluster_volume_satisfies_is_KT3001_until_the_inventory_lists_that_volume()
    {
        ConsumerProject reports = CreateReports();

        DotnetResult withoutInventory = reports.Build().AssertFailed();
        Assert.Equal(DiagnosticMarkers.Read(reports.Directory), KtDiagnostics(withoutInventory, reports));

        reports.WriteFile("cluster/pvs.yaml", Inventory);
        reports.AddItemGroup(InventoryItem);
        DotnetResult withInventory = reports.Build();
        string[] remaining = KtDiagnostics(withInventory, reports);
        Assert.True(remaining.Length == 0,
            $"with nfs-reports in the cluster inventory the claim can bind, yet the build still reports: {string.Join(", ", remaining)}");
        withInventory.AssertSucceeded();
        Assert.Equal(["reports.yaml"], reports.ManifestFiles());
    }

    [Fact]
    public void A_broken_inventory_file_is_KT0110_at_its_line_and_column()
    {
        ConsumerProject reports = CreateReports();
        const string NotAQuantity = "20 gigs";
        string broken = Inventory.Replace(Capacity, NotAQuantity, StringComparison.Ordinal);
        reports.WriteFile("cluster/pvs.yaml", broken);
        reports.AddItemGroup(InventoryItem);

        DotnetResult build = reports.Build().AssertFailed();

        string[] lines = broken.Split('\n');
        int line = Array.FindIndex(lines, text => text.Contains(NotAQuantity, StringComparison.Ordinal));
        int column = lines[line].IndexOf(NotAQuantity, StringComparison.Ordinal);
        Assert.Equal([$"cluster/pvs.yaml({line + 1},{column + 1}): KT0110"], KtDiagnostics(build, reports).Where(where => where.EndsWith("KT0110", StringComparison.Ordinal)));
    }

    private ConsumerProject CreateReports()
    {
        ConsumerProject reports = ConsumerProject.Create(
            Path.Combine(packed.Root, "reports-" + Guid.NewGuid().ToString("N")[..8]), packed.Feed.Directory, packed.Feed.Version, "net10.0");
        reports.WriteFile("Reports.cs", ReportsSource);
        reports.WriteFile("Program.cs", "System.Console.WriteLine(\"reports\");\n");
        return reports;
    }

    private static string[] KtDiagnostics(DotnetResult build, ConsumerProject project) =>
        BuildDiagnostic.Parse(build.Output, "KT").Select(diagnostic => diagnostic.Where(project.Directory)).Order(StringComparer.Ordinal).ToArray();
}
