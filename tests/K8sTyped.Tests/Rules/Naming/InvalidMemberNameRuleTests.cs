using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Naming;

public class InvalidMemberNameRuleTests
{
    private const string Id = "KT1006";

    [Fact]
    public void Valid_member_names_have_no_finding() =>
        None(Id, ValidObjects.StatefulSet());

    [Fact]
    public void A_volume_name_with_an_underscore_is_reported()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.PodSpec(set).Volumes![0].Name = "my_config";

        var finding = Single(Id, "mariadb", "spec.template.spec.volumes[0].name", set);

        Assert.Contains("Volume name \"my_config\" is not a DNS-1123 label", finding.Message);
        Assert.Contains("volumes[0].name: Invalid value: \"my_config\": a lowercase RFC 1123 label", finding.Message);
    }

    [Fact]
    public void An_uppercase_container_name_gets_a_suggestion()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Name = "MariaDB";

        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].name", set);

        Assert.Contains("such as \"mariadb\"", finding.Message);
    }

    [Fact]
    public void Init_and_ephemeral_container_names_are_checked()
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "debug" },
            Spec = new V1PodSpec
            {
                Containers = [new V1Container { Name = "app", Image = "busybox" }],
                InitContainers = [new V1Container { Name = "init.db", Image = "busybox" }],
                EphemeralContainers = [new V1EphemeralContainer { Name = "Debugger", Image = "busybox" }],
            },
        };

        var paths = Findings(Id, pod).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "spec.ephemeralContainers[0].name", "spec.initContainers[0].name" }, paths);
    }

    [Fact]
    public void An_empty_container_name_is_reported_but_a_missing_one_is_left_to_kt1101()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.Container(set).Name = "";
        var finding = Single(Id, "mariadb", "spec.template.spec.containers[0].name", set);
        Assert.Contains("must not be empty", finding.Message);

        ValidObjects.Container(set).Name = null;
        None(Id, set);
    }

    [Fact]
    public void Hostname_and_subdomain_must_be_labels()
    {
        var set = ValidObjects.StatefulSet();
        ValidObjects.PodSpec(set).Hostname = "db.primary";
        ValidObjects.PodSpec(set).Subdomain = "MariaDB";

        var findings = Findings(Id, set);

        Assert.Contains(findings, f => f.Path == "spec.template.spec.hostname" && f.Message.Contains("must not contain dots"));
        Assert.Contains(findings, f => f.Path == "spec.template.spec.subdomain" && f.Message.Contains("headless Service"));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void A_claim_template_name_with_dots_is_reported_because_it_becomes_a_volume_name()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.VolumeClaimTemplates![0].Metadata!.Name = "data.v2";

        var finding = Single(Id, "mariadb", "spec.volumeClaimTemplates[0].metadata.name", set);

        Assert.Contains("Claim template name \"data.v2\"", finding.Message);
        Assert.Contains("pod volume name", finding.Message);
    }

    [Fact]
    public void A_claim_template_without_a_name_is_reported()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.VolumeClaimTemplates![0].Metadata = null;

        var finding = Single(Id, "mariadb", "spec.volumeClaimTemplates[0].metadata.name", set);

        Assert.Contains("Claim template has no name", finding.Message);
    }
}
