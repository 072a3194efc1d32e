using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class VolumeShadowedByClaimTemplateRuleTests
{
    private const string Id = "KT2006";

    [Fact]
    public void A_pod_volume_named_like_a_claim_template_is_reported()
    {
        var pod = PodSpec(Container("mariadb", Mount("data")));
        pod.Volumes = [EmptyDir("tmp"), EmptyDir("data")];

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.template.spec.volumes[1].name",
            StatefulSet("mariadb", pod: pod, claimTemplates: [ClaimTemplate("data")]));

        Assert.Contains("claim template 'data'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'data-mariadb-<ordinal>'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("without any error", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_names_pass()
    {
        var pod = PodSpec(Container("mariadb", Mount("data"), Mount("tmp", "/tmp")));
        pod.Volumes = [EmptyDir("tmp")];

        RuleTestKit.None(Id, StatefulSet("mariadb", pod: pod, claimTemplates: [ClaimTemplate("data")]));
    }

    [Fact]
    public void A_Deployment_volume_has_no_claim_templates_to_collide_with()
    {
        var pod = PodSpec(Container("api", Mount("data")));
        pod.Volumes = [EmptyDir("data")];

        RuleTestKit.None(Id, Deployment("api", pod), StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data")]));
    }
}
