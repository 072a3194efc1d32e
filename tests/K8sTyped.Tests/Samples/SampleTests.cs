using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Rules.Binding;
using K8sTyped.Tests.OpenApi;
using K8sTyped.Tests.TestSupport;
using K8sTyped.Yaml;
using MariaDb;
using MySql;
using PvLog;
using ReplicatedMySql;
using StorageClasses;
using ZooKeeper;

namespace K8sTyped.Tests.Samples;

/// <summary>
/// The samples are what users copy: each must write exactly its reviewed golden YAML, be accepted by the OpenAPI document,
/// validate without a single finding on the cluster it is meant for, and survive a JSON round trip.
/// </summary>
public class SampleTests
{
    private static readonly Dictionary<string, (Func<Application> Build, ClusterProfile? Cluster)> s_samples = new()
    {
        ["mariadb"] = (MariaDbManifests.Build, null),
        ["pv-log"] = (PvLogManifests.Build, PvLogManifests.Cluster),
        ["storage-classes"] = (StorageClassesManifests.Build, null),
        ["mysql"] = (MySqlManifests.Build, null),
        ["replicated-mysql"] = (ReplicatedMySqlManifests.Build, null),
        ["zookeeper"] = (ZooKeeperManifests.Build, ZooKeeperManifests.Cluster),
    };

    public static TheoryData<string> SampleNames => new(s_samples.Keys);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Yaml_equals_the_golden_file(string sample)
    {
        Golden.AssertMatches(Path.Combine("golden", "samples", sample + ".yaml"), s_samples[sample].Build().ToYaml());
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_document_conforms_to_the_openapi_document(string sample)
    {
        var documents = YamlReader.Read(s_samples[sample].Build().ToYaml(), sample + ".yaml");

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var violations = OpenApiValidator.Kubernetes136.Validate(document.Root!);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Validates_clean_on_its_cluster(string sample)
    {
        var (build, cluster) = s_samples[sample];

        var result = build().Validate(cluster);

        Assert.True(result.IsClean, result.ToString());
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Json_reads_back_to_the_same_yaml(string sample)
    {
        var application = s_samples[sample].Build();

        var fromJson = KubernetesYaml.Read(application.ToJson(), sample + ".json");

        Assert.Empty(fromJson.Errors);
        Assert.Equal(application.ToYaml(), KubernetesYaml.Serialize(fromJson.Objects));
    }

    [Fact]
    public void MariaDb_pods_and_claims_have_the_names_the_controller_gives()
    {
        var database = MariaDbManifests.Build().Resources.OfType<StatefulSet>().Single();

        Assert.Equal(["mariadb-0", "mariadb-1", "mariadb-2"], database.PodNames);
        Assert.Equal(
            ["mariadb-data-mariadb-0", "mariadb-data-mariadb-1", "mariadb-data-mariadb-2"],
            Enumerable.Range(0, 3).Select(ordinal => database.ClaimName(MariaDbManifests.DataClaimTemplate, ordinal)));
        Assert.Equal("mariadb-0.mariadb.database.svc.cluster.local", database.PodDnsName(0));
    }

    [Fact]
    public void MariaDb_writes_no_secret_and_reads_the_platform_one()
    {
        var objects = MariaDbManifests.Build().Objects;

        Assert.DoesNotContain(objects, o => o is V1Secret);
        var container = objects.OfType<V1StatefulSet>().Single().Spec!.Template!.Spec!.Containers!.Single();
        var password = container.Env!.Single(e => e.Name == "MARIADB_ROOT_PASSWORD").ValueFrom!.SecretKeyRef!;
        Assert.Equal((MariaDbManifests.RootPasswordSecret, "root-password"), (password.Name, password.Key));
    }

    [Fact]
    public void MySql_replicas_are_told_the_stable_dns_name_of_mysql_0()
    {
        var application = MySqlManifests.Build();
        var database = application.Resources.OfType<StatefulSet>().Single();

        var model = application.Objects.OfType<V1StatefulSet>().Single();
        var primaryHost = model.Spec!.Template!.Spec!.Containers!
            .SelectMany(c => c.Env ?? [])
            .Single(e => e.Name == MySqlManifests.PrimaryHostVariable).Value;

        Assert.Equal("mysql-0.mysql-h.mysql.svc.cluster.local", primaryHost);
        Assert.Equal(database.PodDnsName(0), primaryHost);
        Assert.Equal(3, model.Spec.Replicas);
    }

    [Fact]
    public void ZooKeeper_keeps_one_server_per_node_and_says_so_on_a_cluster_too_small_for_that()
    {
        var result = ZooKeeperManifests.Build().Validate(new ClusterProfile { NodeCount = 2 });

        Assert.Equal(["KT1207"], result.Diagnostics.Select(d => d.Id));
        Assert.Contains("1 pod stays Pending", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZooKeeper_budget_and_anti_affinity_select_the_ensembles_own_pods()
    {
        var objects = ZooKeeperManifests.Build().Objects;
        var podLabels = objects.OfType<V1StatefulSet>().Single().Spec!.Template!.Metadata!.Labels!;

        Assert.Equal(podLabels, objects.OfType<V1PodDisruptionBudget>().Single().Spec!.Selector!.MatchLabels);
        Assert.Equal(podLabels, objects.OfType<V1StatefulSet>().Single().Spec!.Template!.Spec!.Affinity!.PodAntiAffinity!
            .RequiredDuringSchedulingIgnoredDuringExecution![0].LabelSelector!.MatchLabels);
    }

    [Fact]
    public void PvLog_claim_binds_pv_log_even_on_a_cluster_with_a_default_class()
    {
        var application = PvLogManifests.Build();
        var withDefaultClass = ClusterProfile.Default with { HasDefaultStorageClass = true };

        var outcome = BindingSimulator.Run(application.ToManifestSet(withDefaultClass)).Outcomes.Single();

        Assert.Equal("claim-log-one", outcome.Claim.Name);
        Assert.Equal("pv-log", outcome.Volume?.Name);
    }

    [Fact]
    public void PvLog_on_an_unknown_cluster_only_warns_that_hostPath_needs_one_node()
    {
        // Without the lab's profile a multi-node cluster is assumed; the claim still binds (no KT3001).
        var result = PvLogManifests.Build().Validate(ClusterProfile.Default);

        Assert.Equal(["KT1309"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void StorageClasses_has_one_default_class_and_the_claim_uses_gold()
    {
        var objects = StorageClassesManifests.Build().Objects;

        var defaults = objects.OfType<V1StorageClass>()
            .Where(c => c.Metadata!.Annotations is { } annotations
                && annotations.TryGetValue("storageclass.kubernetes.io/is-default-class", out var isDefault) && isDefault == "true")
            .Select(c => c.Metadata!.Name);
        Assert.Equal(["silver"], defaults);
        Assert.Equal("gold", objects.OfType<V1PersistentVolumeClaim>().Single().Spec!.StorageClassName);
    }
}
