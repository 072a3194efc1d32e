using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;

namespace K8sTyped.Tests.Rules;

/// <summary>How a finding is recorded: its origin, the origins of the objects it names, and never on the cluster inventory.</summary>
public class RuleContextTests
{
    private static V1Service Service(string name) => new() { Metadata = new V1ObjectMeta { Name = name, Namespace = "db" } };

    private static OriginMap At(int line, string path = "")
    {
        var map = new OriginMap();
        map.Record(path, new CallSite("app.cs", line));
        return map;
    }

    [Fact]
    public void Related_objects_give_their_origins_in_order_without_unknowns_or_repeats()
    {
        var reported = Service("a");
        var first = Service("b");
        var unknown = Service("c");
        var sameAsReported = Service("d");
        var origins = new Dictionary<IKubernetesObject, OriginMap> { [reported] = At(10), [first] = At(20), [sameAsReported] = At(10) };
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(new ManifestSet([reported, first, unknown, sameAsReported], o => origins.GetValueOrDefault(o)), RuleOptions.Default, diagnostics);

        context.Report(RuleDescriptors.GoverningServiceNotHeadless, reported, "spec", "message",
            related: [(first, "spec.selector"), (unknown, "spec"), (sameAsReported, ""), (first, "spec")]);

        var finding = Assert.Single(diagnostics);
        Assert.Equal(new SourceOrigin("app.cs", 10), finding.Origin);
        Assert.Equal([new SourceOrigin("app.cs", 20)], finding.RelatedOrigins);
    }

    [Fact]
    public void A_finding_without_related_objects_has_none()
    {
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(new ManifestSet([Service("a")]), RuleOptions.Default, diagnostics);

        context.Report(RuleDescriptors.GoverningServiceNotHeadless, context.Manifests.Objects[0], "spec", "message");

        Assert.Empty(Assert.Single(diagnostics).RelatedOrigins);
    }

    [Fact]
    public void Nothing_is_ever_reported_on_an_object_of_the_cluster_inventory()
    {
        var inventory = Service("live");
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(new ManifestSet([Service("mine")], cluster: new ClusterProfile { Inventory = [inventory] }), RuleOptions.Default, diagnostics);

        context.Report(RuleDescriptors.GoverningServiceNotHeadless, inventory, "spec", "message");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_object_handed_over_as_both_manifest_and_inventory_is_the_users()
    {
        var both = Service("both");
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(new ManifestSet([both], cluster: new ClusterProfile { Inventory = [both] }), RuleOptions.Default, diagnostics);

        context.Report(RuleDescriptors.GoverningServiceNotHeadless, both, "spec", "message");

        Assert.Single(diagnostics);
    }

    [Fact]
    public void The_rules_stay_silent_about_a_broken_inventory()
    {
        // A negative replica count, a volume without a source, a selector matching nothing: all the cluster's business.
        var broken = new V1StatefulSet { Metadata = new V1ObjectMeta { Name = "broken", Namespace = "db" }, Spec = new V1StatefulSetSpec { Replicas = -1 } };
        var volume = new V1PersistentVolume { Metadata = new V1ObjectMeta { Name = "pv" }, Spec = new V1PersistentVolumeSpec() };

        var result = RuleEngine.Validate(new ManifestSet([], cluster: new ClusterProfile { Inventory = [broken, volume, Service("orphan")] }));

        Assert.True(result.IsClean, result.ToString());
    }
}
