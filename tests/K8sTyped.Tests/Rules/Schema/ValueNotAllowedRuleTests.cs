using K8sTyped.Models;
using K8sTyped.Tests.Rules.Naming;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Schema;

public class ValueNotAllowedRuleTests
{
    private const string Id = "KT1102";

    [Fact]
    public void Allowed_values_have_no_finding()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.PodManagementPolicy = "Parallel";
        var service = ValidObjects.Service();
        service.Spec!.Type = "ClusterIP";

        None(Id, set, service, ValidObjects.Claim());
    }

    [Fact]
    public void A_lowercase_access_mode_is_reported_with_its_correct_case()
    {
        var claim = ValidObjects.Claim();
        claim.Spec!.AccessModes = ["ReadWriteOnce", "readwriteonce"];

        var finding = Single(Id, "backup", "spec.accessModes[1]", claim);

        Assert.Contains("\"readwriteonce\" is not a value spec.accessModes[1] accepts", finding.Message);
        Assert.Contains("Unsupported value: \"readwriteonce\": supported values: \"ReadWriteOnce\", \"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOncePod\"", finding.Message);
        Assert.Contains("Did you mean \"ReadWriteOnce\"?", finding.Message);
    }

    [Fact]
    public void A_typo_gets_the_closest_value_suggested()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.PodManagementPolicy = "Paralel";

        var finding = Single(Id, "mariadb", "spec.podManagementPolicy", set);

        Assert.Contains("Did you mean \"Parallel\"?", finding.Message);
    }

    [Fact]
    public void A_value_close_to_nothing_gets_no_suggestion_but_the_list()
    {
        var service = ValidObjects.Service();
        service.Spec!.Type = "Headless";

        var finding = Single(Id, "mariadb", "spec.type", service);

        Assert.DoesNotContain("Did you mean", finding.Message);
        Assert.Contains("Use one of \"ClusterIP\", \"NodePort\", \"LoadBalancer\", \"ExternalName\"", finding.Message);
    }

    [Fact]
    public void Nested_enums_are_checked_at_their_path()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Ports![0].Protocol = "tcp";
        ValidObjects.Container(set).ImagePullPolicy = "always";

        var paths = Findings(Id, set).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "spec.template.spec.containers[0].imagePullPolicy", "spec.template.spec.containers[0].ports[0].protocol" }, paths);
    }

    [Fact]
    public void An_empty_string_is_allowed_where_the_enum_lists_it()
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "web" },
            Spec = new V1PodSpec
            {
                Containers = [new V1Container { Name = "web" }],
                Volumes = [new V1Volume { Name = "host", HostPath = new V1HostPathVolumeSource { Path = "/data", Type = "" } }],
            },
        };

        None(Id, pod);
        pod.Spec.Volumes[0].HostPath!.Type = "Dir";
        Single(Id, "web", "spec.volumes[0].hostPath.type", pod);
    }
}
