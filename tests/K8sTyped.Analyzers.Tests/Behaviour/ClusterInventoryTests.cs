using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Behaviour;

/// <summary>
/// What already exists in the cluster (a saved <c>kubectl get pv,storageclass,svc -A -o yaml</c>, passed as a
/// <c>K8sTypedClusterInventory</c> item) joins the graph: its volumes bind claims, its classes are known (a default one
/// is the cluster default), its Services govern; nothing is reported on the inventory's own objects.
/// </summary>
public sealed class ClusterInventoryTests
{
    private const string InventoryPath = "/cluster/inventory.yaml";

    private const string SharedVolumeInventory = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: PersistentVolume
          metadata:
            name: nfs-uploads
            uid: 6f1c2a4e-2b7d-4c55-9a0e-3f1d2c4b5a60
            resourceVersion: "81734"
          spec:
            capacity:
              storage: 100Gi
            accessModes: [ReadWriteMany]
            persistentVolumeReclaimPolicy: Retain
            storageClassName: ""
            nfs:
              server: nfs.internal
              path: /exports/uploads
          status:
            phase: Available
        """;

    private const string UploadsClaim = """
        [KubernetesManifests]
        public static partial class Uploads
        {
            public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").{|#0:NoStorageClass()|}
                .AccessModes(AccessMode.ReadWriteMany).Requesting("5Gi");
        }
        """;

    [Fact]
    public Task A_claim_only_an_inventory_volume_can_bind_is_clean() =>
        AnalyzerVerifier.Create(WithoutMarkup(UploadsClaim)).WithInventory(InventoryPath, SharedVolumeInventory).RunAsync();

    [Fact]
    public Task Without_the_inventory_the_claim_is_KT3001_at_NoStorageClass() =>
        // No volume comes near at all, so the class that does not provision ("") is why the claim stays Pending.
        new AnalyzerVerifier.Test
        {
            TestCode = UploadsClaim,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0) },
        }.RunAsync();

    private const string UploadsClaimBesideALocalVolume = """
        [KubernetesManifests]
        public static partial class Uploads
        {
            public static readonly Application App = Application.Named("uploads").Add(
                PersistentVolume.Named("scratch").Capacity("10Gi").AccessModes({|#1:AccessMode.ReadWriteOnce|}).Nfs("nfs.internal", "/exports/scratch"),
                PersistentVolumeClaim.Named("uploads").NoStorageClass().AccessModes({|#0:AccessMode.ReadWriteMany|}).Requesting("5Gi"));
        }
        """;

    [Fact]
    public Task A_claim_whose_access_mode_no_volume_of_the_graph_offers_is_KT3001_at_the_access_mode() =>
        // The graph's only volume fits in everything but the access mode, so that argument is why the claim stays Pending.
        new AnalyzerVerifier.Test
        {
            TestCode = UploadsClaimBesideALocalVolume,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT3001", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task An_inventory_volume_that_offers_the_access_mode_removes_KT3001() =>
        AnalyzerVerifier.Create(WithoutMarkup(UploadsClaimBesideALocalVolume)).WithInventory(InventoryPath, SharedVolumeInventory).RunAsync();

    private const string ClassInventory = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: storage.k8s.io/v1
          kind: StorageClass
          metadata:
            name: gp3
            annotations:
              storageclass.kubernetes.io/is-default-class: "true"
          provisioner: ebs.csi.aws.com
          reclaimPolicy: Delete
          volumeBindingMode: WaitForFirstConsumer
        """;

    private const string ClaimOfClassGp3 = """
        [KubernetesManifests]
        public static partial class Uploads
        {
            public static readonly PersistentVolumeClaim Claim = PersistentVolumeClaim.Named("uploads").StorageClass({|#0:"gp3"|})
                .AccessModes(AccessMode.ReadWriteOnce).Requesting("5Gi");
            public static readonly Pod Worker = Pod.Named("worker").Spec(pod => pod
                .Container("worker", "busybox:1.37", c => c.Mount("uploads", "/uploads"))
                .ClaimVolume("uploads", Claim));
        }
        """;

    [Fact]
    public Task A_class_the_inventory_has_is_known() =>
        AnalyzerVerifier.Create(WithoutMarkup(ClaimOfClassGp3)).WithInventory(InventoryPath, ClassInventory).RunAsync();

    [Fact]
    public Task Without_the_inventory_the_class_is_KT2010_at_the_class_name() =>
        new AnalyzerVerifier.Test
        {
            TestCode = ClaimOfClassGp3,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2010", DiagnosticSeverity.Info).WithLocation(0) },
        }.RunAsync();

    private const string SecondDefaultClass = """
        [KubernetesManifests]
        public static partial class Classes
        {
            public static readonly StorageClass Fast = StorageClass.Named("fast").Provisioner("ebs.csi.aws.com").{|#0:AsDefault()|};
        }
        """;

    [Fact]
    public Task A_default_class_beside_the_inventory_default_is_KT2009_at_AsDefault() =>
        new AnalyzerVerifier.Test
        {
            TestCode = SecondDefaultClass,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2009", DiagnosticSeverity.Warning).WithLocation(0) },
        }.WithInventory(InventoryPath, ClassInventory).RunAsync();

    [Fact]
    public Task Without_the_inventory_one_default_class_is_clean() =>
        AnalyzerVerifier.VerifyAsync(WithoutMarkup(SecondDefaultClass));

    private const string GovernedBySharedService = """
        [KubernetesManifests(Namespace = "data")]
        public static partial class Database
        {
            public static readonly StatefulSet Db = StatefulSet.Named("db").GovernedBy({|#0:"shared-headless"|})
                .Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
        }
        """;

    [Fact]
    public Task A_StatefulSet_governed_by_an_inventory_Service_is_clean() =>
        AnalyzerVerifier.Create(WithoutMarkup(GovernedBySharedService)).WithInventory(InventoryPath, """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata:
                name: shared-headless
                namespace: data
              spec:
                clusterIP: None
                selector:
                  app: db
                ports:
                - name: sql
                  port: 5432
            """).RunAsync();

    [Fact]
    public Task Without_the_inventory_the_Service_is_KT2001_at_GovernedBy() =>
        new AnalyzerVerifier.Test
        {
            TestCode = GovernedBySharedService,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2001", DiagnosticSeverity.Warning).WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task A_ClusterIP_Service_of_the_inventory_governing_a_StatefulSet_is_KT2002_at_GovernedBy_with_no_related_location() =>
        // The Service is named in the message as being in the cluster inventory; no location points into the inventory.
        new AnalyzerVerifier.Test
        {
            TestCode = GovernedBySharedService,
            ExpectedDiagnostics = { AnalyzerVerifier.Diagnostic("KT2002", DiagnosticSeverity.Warning).WithLocation(0) },
        }.WithInventory(InventoryPath, """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata:
                name: shared-headless
                namespace: data
              spec:
                clusterIP: 10.96.12.7
                selector:
                  app: db
                ports:
                - name: sql
                  port: 5432
            """).RunAsync();

    [Fact]
    public Task Nothing_is_reported_on_the_inventory_objects_themselves() =>
        // In the manifests this volume would be KT1307 (Recycle) and KT1309 (hostPath on a cluster of unknown size).
        AnalyzerVerifier.Create("""
            [KubernetesManifests]
            public static partial class Settings
            {
                public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
            }
            """).WithInventory(InventoryPath, """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: PersistentVolume
              metadata:
                name: scratch
              spec:
                capacity:
                  storage: 1Gi
                accessModes: [ReadWriteOnce]
                persistentVolumeReclaimPolicy: Recycle
                hostPath:
                  path: /tmp/scratch
            """).RunAsync();

    private static string WithoutMarkup(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, @"\{\|#\d+:", "").Replace("|}", "", StringComparison.Ordinal);
}
