using K8sTyped.Models;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Naming;

public class InvalidObjectNameRuleTests
{
    private const string Id = "KT1001";

    [Fact]
    public void A_valid_application_has_no_finding() =>
        None(Id, ValidObjects.StatefulSet(), ValidObjects.Service(), ValidObjects.Claim());

    [Fact]
    public void A_service_name_starting_with_a_digit_is_rejected_as_a_dns_1035_label()
    {
        var finding = Single(Id, "1-mariadb", "metadata.name", ValidObjects.Service("1-mariadb"));

        Assert.Contains("Service name \"1-mariadb\" is not a DNS-1035 label", finding.Message);
        Assert.Contains("metadata.name: Invalid value: \"1-mariadb\": a DNS-1035 label must consist of", finding.Message);
        Assert.Equal(K8sTyped.Rules.Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_name_starting_with_a_digit_is_fine_for_a_claim_whose_kind_takes_a_subdomain() =>
        None(Id, ValidObjects.Claim("1-backup.v2"));

    [Fact]
    public void An_uppercase_name_gets_its_lowercase_form_suggested()
    {
        var finding = Single(Id, "MariaDB", "metadata.name", ValidObjects.StatefulSet("MariaDB"));

        Assert.Contains("such as \"mariadb\"", finding.Message);
    }

    [Fact]
    public void A_name_with_characters_no_grammar_allows_gets_the_name_the_code_fix_offers()
    {
        var finding = Single(Id, "Maria_DB", "metadata.name", ValidObjects.StatefulSet("Maria_DB"));

        Assert.Contains($"such as \"{K8sTyped.Validation.NearestKubernetesNames.Dns1123Label("Maria_DB")}\"", finding.Message);
        Assert.Contains("such as \"maria-db\"", finding.Message);
    }

    [Fact]
    public void A_statefulset_name_with_dots_is_rejected_because_it_must_be_a_label()
    {
        var finding = Single(Id, "maria.db", "metadata.name", ValidObjects.StatefulSet("maria.db"));

        Assert.Contains("is not a DNS-1123 label: must not contain dots", finding.Message);
    }

    [Fact]
    public void A_cronjob_name_longer_than_52_characters_is_rejected()
    {
        var name = new string('b', 53);
        var cronJob = new V1CronJob { Metadata = new V1ObjectMeta { Name = name } };

        var finding = Single(Id, name, "metadata.name", cronJob);

        Assert.Contains("must be no more than 52 characters", finding.Message);
        None(Id, new V1CronJob { Metadata = new V1ObjectMeta { Name = new string('b', 52) } });
    }

    [Fact]
    public void Rbac_names_only_need_to_be_path_segments()
    {
        None(Id, new V1ClusterRole { Metadata = new V1ObjectMeta { Name = "system:controller:mariadb-operator" } });

        var finding = Single(Id, "team/admin", "metadata.name", new V1Role { Metadata = new V1ObjectMeta { Name = "team/admin", Namespace = "database" } });
        Assert.Contains("may not contain '/'", finding.Message);
    }

    [Fact]
    public void A_namespace_object_takes_a_label()
    {
        var finding = Single(Id, "data.base", "metadata.name", new V1Namespace { Metadata = new V1ObjectMeta { Name = "data.base" } });

        Assert.Contains("Namespace name \"data.base\" is not a DNS-1123 label", finding.Message);
    }

    [Fact]
    public void A_missing_name_is_required_unless_generate_name_is_set()
    {
        var claim = ValidObjects.Claim();
        claim.Metadata!.Name = null;

        var finding = Single(Id, "", "metadata.name", claim);
        Assert.Contains("name or generateName is required", finding.Message);

        claim.Metadata.GenerateName = "backup-";
        None(Id, claim);
    }

    [Fact]
    public void An_invalid_generate_name_prefix_is_reported_on_generate_name()
    {
        var claim = ValidObjects.Claim();
        claim.Metadata!.Name = null;
        claim.Metadata.GenerateName = "Backup-";

        var finding = Single(Id, "", "metadata.generateName", claim);

        Assert.Contains("generateName \"Backup-\" cannot start a valid name", finding.Message);
    }

    [Fact]
    public void A_long_generate_name_is_fine_because_the_api_server_truncates_it()
    {
        var service = ValidObjects.Service();
        service.Metadata!.Name = null;
        service.Metadata.GenerateName = new string('s', 70) + "-";
        None(Id, service);

        service.Metadata.GenerateName = "db.";
        var finding = Single(Id, "", "metadata.generateName", service);
        Assert.Contains("generateName \"db.\" cannot start a valid name", finding.Message);
        Assert.Contains("a DNS-1035 label", finding.Message);
    }

    [Fact]
    public void A_namespace_that_is_not_a_label_is_reported_with_a_suggestion()
    {
        var service = ValidObjects.Service();
        service.Metadata!.Namespace = "Database";

        var finding = Single(Id, "mariadb", "metadata.namespace", service);

        Assert.Contains("Namespace \"Database\" is not a DNS-1123 label", finding.Message);
        Assert.Contains("such as \"database\"", finding.Message);
    }

    [Fact]
    public void The_namespace_of_a_cluster_scoped_object_is_ignored_because_the_api_server_clears_it() =>
        None(Id, new V1StorageClass { Metadata = new V1ObjectMeta { Name = "fast", Namespace = "Not A Label" }, Provisioner = "ebs.csi.aws.com" });
}
