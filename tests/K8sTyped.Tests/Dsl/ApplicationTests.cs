using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Dsl.DslTestSupport;

namespace K8sTyped.Tests.Dsl;

public class ApplicationTests
{
    private static T Single<T>(Application app) where T : IKubernetesObject => Assert.Single(app.Objects.OfType<T>());

    [Fact]
    public void Namespaced_resources_take_the_application_namespace_unless_they_set_their_own()
    {
        var inherits = Service.Headless("a");
        var own = Service.Headless("b").InNamespace("other");
        var app = Application.Named("app").Add(inherits, own).InNamespace("database");

        Assert.Equal("database", inherits.Namespace);
        Assert.Equal("other", own.Namespace);
        Assert.Equal(["database", "other"], app.Objects.Select(o => ((V1Service)o).Metadata!.Namespace));
    }

    [Fact]
    public void Without_any_namespace_the_field_is_left_out()
    {
        var service = Service.Headless("a");
        Application.Named("app").Add(service);

        Assert.Null(service.Namespace);
        Assert.Null(service.Build().Metadata!.Namespace);
    }

    [Fact]
    public void InNamespace_accepts_a_namespace_resource()
    {
        var ns = Namespace.Named("database");
        var claim = PersistentVolumeClaim.Named("data");
        Application.Named("app").InNamespace(ns).Add(ns, claim);

        Assert.Equal("database", claim.Build().Metadata!.Namespace);
    }

    [Fact]
    public void Common_labels_go_on_metadata_and_pod_templates_but_never_on_selectors()
    {
        var labels = Labels.Of("app", "mariadb");
        var svc = Service.Headless("mariadb").Selecting(labels);
        var db = StatefulSet.Named("mariadb").Pods(labels, pod => pod.Container("db", "mariadb:11.4")).Label("team", "storage");
        var app = Application.Named("mariadb")
            .WithLabels(Labels.Of("app.kubernetes.io/part-of", "shop").And("team", "platform"))
            .Add(svc, db);

        var service = Single<V1Service>(app);
        var set = Single<V1StatefulSet>(app);

        Assert.Equal("shop", service.Metadata!.Labels!["app.kubernetes.io/part-of"]);
        Assert.Equal(labels.ToDictionary(), service.Spec!.Selector);
        Assert.Equal("storage", set.Metadata!.Labels!["team"]);
        Assert.Equal("shop", set.Spec!.Template!.Metadata!.Labels!["app.kubernetes.io/part-of"]);
        Assert.Equal("mariadb", set.Spec.Template.Metadata.Labels["app"]);
        Assert.Equal(labels.ToDictionary(), set.Spec.Selector!.MatchLabels);
    }

    [Fact]
    public void Common_labels_never_override_the_template_labels_the_selector_relies_on()
    {
        var db = StatefulSet.Named("db").Pods(Labels.Of("app", "db"), pod => pod.Container("db", "x"));
        var app = Application.Named("app").WithLabels(Labels.Of("app", "shop")).WithLabels(Labels.Of("tier", "a")).WithLabels(Labels.Of("tier", "b")).Add(db);

        var set = Single<V1StatefulSet>(app);

        Assert.Equal("db", set.Spec!.Template!.Metadata!.Labels!["app"]);
        Assert.Equal("shop", set.Metadata!.Labels!["app"]);
        Assert.Equal("b", set.Metadata.Labels["tier"]);
    }

    [Fact]
    public void Configure_edits_the_fresh_model_after_the_dsl_and_at_every_build()
    {
        var calls = 0;
        var db = StatefulSet.Named("db").Replicas(3).Configure(set =>
        {
            calls++;
            Assert.Equal(3, set.Spec!.Replicas);
            set.Spec.RevisionHistoryLimit = 5;
            set.Spec.Replicas = 4;
        });
        var app = Application.Named("app").Add(db);

        var first = Single<V1StatefulSet>(app);
        var second = Single<V1StatefulSet>(app);

        Assert.Equal((5, 4), (first.Spec!.RevisionHistoryLimit, first.Spec.Replicas));
        Assert.NotSame(first, second);
        Assert.Equal(2, calls);
        Assert.Equal(["db-0", "db-1", "db-2", "db-3"], db.PodNames);
    }

    [Fact]
    public void Building_twice_gives_equal_objects_and_leaves_the_resources_unchanged()
    {
        var app = MariaDbExample.Application();

        var first = app.Objects;
        var second = app.Objects;

        Assert.Equal(KubernetesYaml.Serialize(first), KubernetesYaml.Serialize(second));
        Assert.All(first.Zip(second), pair => Assert.NotSame(pair.First, pair.Second));
        first.OfType<V1StatefulSet>().Single().Spec!.Replicas = 99;
        Assert.Equal(3, app.Objects.OfType<V1StatefulSet>().Single().Spec!.Replicas);
    }

    [Fact]
    public void A_resource_belongs_to_one_application()
    {
        var service = Service.Headless("a");
        var app = Application.Named("first").Add(service);

        Assert.Contains("application 'first'", Assert.Throws<ArgumentException>(() => Application.Named("second").Add(service)).Message, StringComparison.Ordinal);
        Assert.Contains("this application already", Assert.Throws<ArgumentException>(() => app.Add(service)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_declarations_reach_the_rules_in_the_application_namespace()
    {
        var app = Application.Named("app").InNamespace("database")
            .ExternalSecret("mariadb-secret")
            .ExternalConfigMap("settings", "shared")
            .ExternalService("gateway")
            .ExternalClaim("archive")
            .ExternalStorageClass("fast");

        var externals = app.ToManifestSet().Externals;

        Assert.True(externals.Contains("Secret", "database", "mariadb-secret"));
        Assert.True(externals.Contains("ConfigMap", "shared", "settings"));
        Assert.True(externals.Contains("Service", "database", "gateway"));
        Assert.True(externals.Contains("PersistentVolumeClaim", "database", "archive"));
        Assert.True(externals.Contains("StorageClass", null, "fast"));
        Assert.Equal(5, externals.Declared.Count);
    }

    [Fact]
    public void The_manifest_set_assumes_the_application_cluster_domain_unless_given_a_profile()
    {
        var app = Application.Named("app").ClusterDomain("corp.example");

        Assert.Equal("corp.example", app.ToManifestSet().Cluster.ClusterDomain);
        Assert.Equal(3, app.ToManifestSet(new ClusterProfile { NodeCount = 3 }).Cluster.NodeCount);
    }

    [Fact]
    public void An_invalid_size_is_reported_as_KT0002_at_its_call_and_left_out_of_the_object()
    {
        var line = ThisLine(); var db = StatefulSet.Named("mariadb").ClaimTemplate("mariadb-data", AccessMode.ReadWriteOnce, "250mb");
        var app = Application.Named("app").InNamespace("database").Add(db);

        var result = app.Validate();
        var set = Single<V1StatefulSet>(app);

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "KT0002");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("spec.volumeClaimTemplates[0].spec.resources.requests[storage]", finding.Path);
        Assert.Equal(new ObjectReference("StatefulSet", "database", "mariadb"), finding.Object);
        Assert.Equal(line, finding.Origin!.Line);
        Assert.Equal(ThisFile(), finding.Origin.FilePath);
        Assert.False(Quantity.TryParse("250mb", out _, out var parserMessage));
        Assert.Equal($"'250mb' is not a valid size: {parserMessage}", finding.Message);
        Assert.Contains("250Mi", finding.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
        Assert.Null(set.Spec!.VolumeClaimTemplates![0].Spec!.Resources);
        // The missing request is the invalid size's consequence: reported once, as KT0002, not again as KT1302.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KT1302");
    }

    [Fact]
    public void KT0002_covers_every_size_argument_and_follows_the_rule_options()
    {
        var app = Application.Named("app").Add(
            PersistentVolumeClaim.Named("a").Requesting("ten gigs"),
            PersistentVolume.Named("b").Capacity("1 Gi"),
            Pod.Named("c").Spec(pod => pod
                .Container("c", "x", c => c.Requests(cpu: "half", memory: "512Mi").Limits(memory: "1GB "))
                .EmptyDirVolume("tmp", sizeLimit: "lots")));

        // In the engine's order: by object (kind, namespace, name), then path.
        var paths = app.Validate().Diagnostics.Where(d => d.Id == "KT0002").Select(d => d.Path).ToList();

        Assert.Equal(
            ["spec.capacity[storage]", "spec.resources.requests[storage]", "spec.containers[0].resources.limits[memory]",
             "spec.containers[0].resources.requests[cpu]", "spec.volumes[0].emptyDir.sizeLimit"],
            paths);
        Assert.DoesNotContain(app.Validate(options: new RuleOptions().Disable("KT0002")).Diagnostics, d => d.Id == "KT0002");
        Assert.All(
            app.Validate(options: new RuleOptions().WithSeverity("KT0002", Severity.Warning)).Diagnostics.Where(d => d.Id == "KT0002"),
            d => Assert.Equal(Severity.Warning, d.Severity));
    }
}
