using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class PodSubdomainWithoutServiceRuleTests
{
    private const string Id = "KT2011";

    private static V1Pod Pod(string? hostname, string? subdomain, string? @namespace = null) => new()
    {
        Metadata = Meta("busybox1", @namespace, Labels("name=busybox")),
        Spec = new V1PodSpec { Hostname = hostname, Subdomain = subdomain, Containers = [Container("busybox")] },
    };

    [Fact]
    public void A_subdomain_with_no_service_of_that_name_is_reported()
    {
        var finding = RuleTestKit.Single(Id, "busybox1", "spec.subdomain", Pod("busybox-1", "busybox-subdomain"));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("'busybox-1.busybox-subdomain' does not resolve", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_in_another_namespace_does_not_count() =>
        RuleTestKit.Single(Id, "busybox1", "spec.subdomain",
            Pod("busybox-1", "busybox-subdomain", "a"), Service("busybox-subdomain", Labels("name=busybox"), @namespace: "b"));

    [Fact]
    public void A_service_with_a_cluster_ip_is_reported() =>
        Assert.Contains("not headless", RuleTestKit.Single(Id, "busybox1", "spec.subdomain",
            Pod("busybox-1", "busybox-subdomain"), Service("busybox-subdomain", Labels("name=busybox"), clusterIP: null)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_hostname_without_subdomain_is_a_hint() =>
        Assert.Equal(Severity.Info, RuleTestKit.Single(Id, "busybox1", "spec.hostname", Pod("busybox-1", null)).Severity);

    [Fact]
    public void A_headless_service_of_that_name_passes() =>
        RuleTestKit.None(Id, Pod("busybox-1", "busybox-subdomain"), Service("busybox-subdomain", Labels("name=busybox")));

    [Fact]
    public void A_service_declared_external_passes()
    {
        var externals = new ExternalObjects();
        externals.Declare("Service", "", "busybox-subdomain");

        RuleTestKit.None(Id, new ManifestSet([Pod("busybox-1", "busybox-subdomain")], externals: externals));
    }
}
