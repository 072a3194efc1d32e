using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class ServiceSelectsNothingRuleTests
{
    private const string Id = "KT2004";

    [Fact]
    public void A_selector_no_pod_satisfies_is_reported_with_the_closest_label_set()
    {
        var finding = RuleTestKit.Single(Id, "api", "spec.selector",
            Deployment("api", labels: Labels("app=api", "tier=web")),
            Deployment("worker", labels: Labels("app=worker")),
            Service("api", selector: Labels("app=api", "tier=frontend"), clusterIP: null));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("selects 'app=api,tier=frontend'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Deployment 'api'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("lack 'tier=frontend'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("no endpoints", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selector_some_pod_template_satisfies_passes() =>
        RuleTestKit.None(Id,
            Deployment("api", labels: Labels("app=api", "tier=web")),
            Service("api", selector: Labels("app=api"), clusterIP: null));

    [Fact]
    public void Pods_in_another_namespace_are_not_selected()
    {
        var finding = RuleTestKit.Single(Id, "api", "spec.selector",
            Deployment("api", @namespace: "web"),
            Deployment("other", @namespace: "shop"),
            Service("api", clusterIP: null, @namespace: "shop"));

        Assert.Contains("Deployment 'other'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_pods_at_all_in_the_namespace_it_is_only_a_hint()
    {
        var finding = RuleTestKit.Single(Id, "api", "spec.selector", Deployment("api", @namespace: "web"), Service("api", clusterIP: null, @namespace: "shop"));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("no pods in its namespace", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pods_another_application_deploys_in_the_namespace_are_selected_but_never_named_as_closest()
    {
        var otherApplication = new ExternalObjects().Deploy(Deployment("api", labels: Labels("app=api", "tier=web")));
        var service = Service("api", selector: Labels("app=api"), clusterIP: null);

        RuleTestKit.None(Id, new ManifestSet([service], externals: otherApplication));

        var mismatch = new ManifestSet([Service("api", selector: Labels("app=api", "tier=frontend"), clusterIP: null)], externals: otherApplication);
        var finding = RuleTestKit.Single(Id, "api", "spec.selector", mismatch);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.DoesNotContain("Deployment 'api'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_Pod_and_a_CronJob_template_count_as_pods()
    {
        var pod = new V1Pod { Metadata = Meta("debug", labels: Labels("app=debug")), Spec = PodSpec(Container("main")) };

        RuleTestKit.None(Id, pod, Service("debug", clusterIP: null));
        RuleTestKit.None(Id, CronJob("backup", PodSpec(Container("main"))), Service("backup", clusterIP: null));
    }

    [Fact]
    public void A_per_pod_Service_selecting_a_StatefulSet_pod_name_selects_an_existing_ordinal_only()
    {
        RuleTestKit.None(Id,
            StatefulSet("kafka", replicas: 3),
            Service("kafka-2", selector: Labels("app=kafka", "statefulset.kubernetes.io/pod-name=kafka-2"), clusterIP: null));

        var finding = RuleTestKit.Single(Id, "kafka-3", "spec.selector",
            StatefulSet("kafka", replicas: 3),
            Service("kafka-3", selector: Labels("app=kafka", "statefulset.kubernetes.io/pod-name=kafka-3"), clusterIP: null));
        Assert.Contains("lack 'statefulset.kubernetes.io/pod-name=kafka-3'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pods_of_the_cluster_inventory_count_and_the_closest_workload_is_related()
    {
        RuleTestKit.None(Id, RuleTestKit.OnCluster([Deployment("api", @namespace: "shop")], Service("api", clusterIP: null, @namespace: "shop")));

        var read = KubernetesYaml.Read(
            """
            apiVersion: v1
            kind: Service
            metadata: { name: api, namespace: shop }
            spec: { selector: { app: api, tier: frontend }, ports: [{ name: http, port: 80 }] }
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
              namespace: shop
              labels: { app: api }
            spec: { containers: [{ name: main, image: nginx }] }
            """,
            "api.yaml");
        var finding = RuleTestKit.Single(Id, "api", "spec.selector", read.ToManifestSet());
        Assert.Equal([11], RuleTestKit.RelatedLines(finding));

        var onCluster = RuleTestKit.Single(Id, "api", "spec.selector",
            RuleTestKit.OnCluster([Deployment("api", @namespace: "shop", labels: Labels("app=api"))], Service("api", selector: Labels("app=api", "tier=frontend"), clusterIP: null, @namespace: "shop")));
        Assert.Contains("Deployment 'api' (in the cluster inventory)", onCluster.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_the_controller_sets_at_run_time_is_assumed_to_match() =>
        RuleTestKit.None(Id,
            Deployment("api"),
            Service("api-canary", selector: Labels("app=api", "pod-template-hash=7d4b9c"), clusterIP: null));

    [Fact]
    public void Services_without_selector_ExternalName_Services_and_governing_Services_are_left_to_others()
    {
        var manual = Service("manual", clusterIP: null);
        manual.Spec!.Selector = null;
        var external = Service("external", clusterIP: null);
        external.Spec!.Type = "ExternalName";

        RuleTestKit.None(Id,
            Deployment("api"), manual, external,
            StatefulSet("mariadb", serviceName: "mariadb"), Service("mariadb", selector: Labels("app=mysql")));
    }
}
