using K8sTyped.Models;
using K8sTyped.Rules.Services;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// KT4005: a deployed Service switches between headless (clusterIP None) and having a cluster IP. The cluster IP is
/// fixed once allocated (validateUpgradeDowngradeClusterIPs, pkg/apis/core/validation: "may not change once set"), and
/// an update that leaves clusterIP unset keeps the old value (the Service registry copies it over), so a headless Service
/// whose manifest drops None silently stays headless.
/// </summary>
internal sealed class ServiceHeadlessToggleRule : ObjectRule<V1Service>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ServiceHeadlessToggled;

    /// <inheritdoc />
    protected override void Analyze(V1Service service, RuleContext context)
    {
        if (service.Spec is not { } spec || ServiceClusterIPs.TypeOf(spec) == "ExternalName") return;
        if (DeployedVersions.Of(context).Of(service) is not { } deployed || ((V1Service)deployed.Object).Spec is not { } before) return;
        var (isHeadless, wasHeadless) = (ServiceClusterIPs.IsHeadless(spec), ServiceClusterIPs.IsHeadless(before));
        if (isHeadless == wasHeadless) return;

        var name = ManifestSet.NameOf(service);
        var recreate = $"Delete the Service and apply (kubectl delete service {name}; clients lose it until it is back), or add a Service under a new name and move the clients to it.";
        if (isHeadless)
        {
            var path = ServiceClusterIPs.Of(spec)[0].Path;
            context.Report(Descriptor, service, path,
                $"Service '{name}' becomes headless (clusterIP None), but it has a cluster IP {deployed.Source}. kubectl apply is refused: " +
                $"\"{path}: Invalid value: [\"None\"]: may not change once set\". {recreate}");
            return;
        }

        var ips = ServiceClusterIPs.Of(spec);
        if (ips.Count == 0)
        {
            context.Report(Descriptor, service, "spec",
                $"Service '{name}' no longer asks for clusterIP None, but it is headless {deployed.Source}. kubectl apply keeps it headless: an update that " +
                $"leaves clusterIP unset keeps the allocated value, None, so the Service still gets no cluster IP. {recreate}");
            return;
        }

        context.Report(Descriptor, service, ips[0].Path,
            $"Service '{name}' asks for cluster IP {ips[0].Value}, but it is headless {deployed.Source}. kubectl apply is refused: " +
            $"\"{ips[0].Path}: Invalid value: [\"{ips[0].Value}\"]: may not change once set\". {recreate}");
    }
}
