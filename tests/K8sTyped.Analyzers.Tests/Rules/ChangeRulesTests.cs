using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests.Rules;

/// <summary>
/// The change rules in the compiler and the IDE: the manifests the previous build wrote reach the analyzer as additional
/// files, and a change the API server would refuse is reported at the C# that made it. Each previous manifest is written
/// here by the DSL itself, as the build wrote it.
/// </summary>
public sealed class ChangeRulesTests
{
    private const string PreviousPath = "/project/manifests/db.yaml";

    private static string Db(string size, PodManagementPolicy policy = PodManagementPolicy.OrderedReady, bool headless = true)
    {
        var pods = Labels.Of("app", "db");
        var service = (headless ? Service.Headless("db") : Service.ClusterIP("db")).Selecting(pods).Port("sql", 5432);
        return Application.Named("db").InNamespace("data").Add(
            service,
            StatefulSet.Named("db").GovernedBy(service).PodManagement(policy)
                .Pods(pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                .ClaimTemplate("data", AccessMode.ReadWriteOnce, size)).ToYaml();
    }

    private static string DbSource(string size, string policy = "PodManagementPolicy.OrderedReady", string service = "Service.Headless(\"db\")") => $$"""
        [KubernetesManifests]
        public static partial class Db
        {
            static readonly Labels Pods = Labels.Of("app", "db");
            static readonly Service Svc = {{service}}.Selecting(Pods).Port("sql", 5432);
            public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                Svc,
                StatefulSet.Named("db").GovernedBy(Svc).PodManagement({{policy}})
                    .Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/var/lib/postgresql")))
                    .ClaimTemplate("data", AccessMode.ReadWriteOnce, {{size}}));
        }
        """;

    [Fact]
    public Task An_unchanged_StatefulSet_is_clean() =>
        AnalyzerVerifier.Create(DbSource("\"10Gi\"")).WithPreviousManifest(PreviousPath, Db("10Gi")).RunAsync();

    [Fact]
    public Task A_smaller_claim_template_is_KT4001_at_the_size() =>
        AnalyzerVerifier.Create(DbSource("{|KT4001:\"5Gi\"|}")).WithPreviousManifest(PreviousPath, Db("10Gi")).RunAsync();

    [Fact]
    public Task Another_pod_management_policy_is_KT4001_at_the_policy() =>
        AnalyzerVerifier.Create(DbSource("\"10Gi\"", "{|KT4001:PodManagementPolicy.Parallel|}")).WithPreviousManifest(PreviousPath, Db("10Gi")).RunAsync();

    [Fact]
    public Task A_Service_that_becomes_headless_is_KT4005_at_the_call_that_makes_it_headless() =>
        AnalyzerVerifier.Create(DbSource("\"10Gi\"", service: "Service.{|KT4005:Headless(\"db\")|}"))
            .WithPreviousManifest(PreviousPath, Db("10Gi", headless: false)).RunAsync();

    [Fact]
    public Task The_live_object_of_the_cluster_inventory_outranks_the_previous_build() =>
        // The previous build already wrote 5Gi, but the cluster still runs the 10Gi StatefulSet: the change is not deployable.
        AnalyzerVerifier.Create(DbSource("{|KT4001:\"5Gi\"|}"))
            .WithPreviousManifest(PreviousPath, Db("5Gi"))
            .WithInventory("/project/cluster/live.yaml", Db("10Gi"))
            .RunAsync();

    [Fact]
    public Task Without_the_previous_manifests_nothing_is_compared() =>
        AnalyzerVerifier.VerifyAsync(DbSource("\"5Gi\"", "PodManagementPolicy.Parallel"));

    private static string Uploads(string size, string accessMode = "ReadWriteOnce", string type = "gp2") => Application.Named("uploads").Add(
        StorageClass.Named("standard").Provisioner("ebs.csi.aws.com").Parameter("type", type),
        PersistentVolumeClaim.Named("uploads").StorageClass("standard").AccessModes(Enum.Parse<AccessMode>(accessMode)).Requesting(size),
        PersistentVolume.Named("archive").Capacity("100Gi").AccessModes(AccessMode.ReadWriteMany).Nfs("nfs.internal", "/exports/archive")).ToYaml();

    private static string UploadsSource(string size = "\"10Gi\"", string accessMode = "AccessMode.ReadWriteOnce", string type = "\"gp2\"", string server = "\"nfs.internal\"") => $$"""
        [KubernetesManifests]
        public static partial class Uploads
        {
            static readonly StorageClass Standard = StorageClass.Named("standard").Provisioner("ebs.csi.aws.com").Parameter("type", {{type}});
            public static readonly Application App = Application.Named("uploads").Add(
                Standard,
                PersistentVolumeClaim.Named("uploads").StorageClass(Standard).AccessModes({{accessMode}}).Requesting({{size}}),
                PersistentVolume.Named("archive").Capacity("100Gi").AccessModes(AccessMode.ReadWriteMany).Nfs({{server}}, "/exports/archive"));
        }
        """;

    [Fact]
    public Task Unchanged_storage_is_clean() =>
        AnalyzerVerifier.Create(UploadsSource()).WithPreviousManifest(PreviousPath, Uploads("10Gi")).RunAsync();

    [Fact]
    public Task Another_access_mode_on_a_claim_is_KT4002_at_the_access_mode() =>
        AnalyzerVerifier.Create(UploadsSource(accessMode: "{|KT4002:AccessMode.ReadWriteOncePod|}")).WithPreviousManifest(PreviousPath, Uploads("10Gi")).RunAsync();

    [Fact]
    public Task A_claim_that_grows_under_a_class_without_expansion_is_KT4006_at_the_size() =>
        AnalyzerVerifier.Create(UploadsSource(size: "{|KT4006:\"20Gi\"|}")).WithPreviousManifest(PreviousPath, Uploads("10Gi")).RunAsync();

    [Fact]
    public Task New_class_parameters_are_KT4004_at_the_value() =>
        AnalyzerVerifier.Create(UploadsSource(type: "{|KT4004:\"gp3\"|}")).WithPreviousManifest(PreviousPath, Uploads("10Gi")).RunAsync();

    [Fact]
    public Task Another_NFS_server_is_KT4003_at_the_server() =>
        AnalyzerVerifier.Create(UploadsSource(server: "{|KT4003:\"nfs2.internal\"|}")).WithPreviousManifest(PreviousPath, Uploads("10Gi")).RunAsync();
}
