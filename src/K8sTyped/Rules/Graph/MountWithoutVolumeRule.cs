using K8sTyped.Text;
using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2005: a container's volumeMount (or volumeDevice) names no pod volume and, for a StatefulSet, no claim template.
/// The API server rejects the pod ("volumeMounts[0].name: Not found"); for a workload template that happens when the
/// controller creates pods, so the workload is accepted and then makes no pods.
/// </summary>
internal sealed class MountWithoutVolumeRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.MountWithoutVolume;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var site in WorkloadQueries.PodSpecs(context.Manifests))
        {
            var available = AvailableVolumes(site);
            foreach (var (container, path) in PodContainers.Of(site))
            {
                Check(context, site, available, container.VolumeMounts?.Select(m => m?.Name), $"{path}.volumeMounts", container.Name);
                Check(context, site, available, container.VolumeDevices?.Select(d => d?.Name), $"{path}.volumeDevices", container.Name);
            }
        }
    }

    private void Check(RuleContext context, PodSpecSite site, IReadOnlyList<string> available, IEnumerable<string?>? names, string listPath, string? containerName)
    {
        var index = 0;
        foreach (var name in names ?? [])
        {
            // An empty name is a required-field error reported elsewhere.
            if (!string.IsNullOrEmpty(name) && !available.Contains(name!, StringComparer.Ordinal))
            {
                var volumes = available.Count == 0 ? "The pod has no volumes" : $"The pod's volumes are {string.Join(", ", available.Select(v => $"'{v}'"))}";
                var rejection = site.Owner is V1Pod
                    ? "The API server rejects the pod"
                    : $"The {site.Owner.Kind} is accepted, but the API server rejects every pod its controller creates (FailedCreate events), so no pod runs";
                context.Report(
                    Descriptor, site.Owner, $"{listPath}[{index}].name",
                    $"Container '{containerName}' refers to volume '{name}', which is not defined. {volumes}." +
                    $"{Suggestions.DidYouMean(name!, available)} {rejection} (\"{listPath.Substring(listPath.LastIndexOf('.') + 1)}[{index}].name: Not found\"). " +
                    $"Add a volume named '{name}' to {site.Path}.volumes{(site.Owner is V1StatefulSet ? " or a claim template of that name" : "")}, or fix the name.");
            }

            index++;
        }
    }

    // For a StatefulSet the controller adds one volume per claim template (updateStorage), named after the template.
    private static IReadOnlyList<string> AvailableVolumes(PodSpecSite site)
    {
        var names = (site.Spec.Volumes ?? []).Select(v => v?.Name).ToList();
        if (site.Owner is V1StatefulSet set)
            names.AddRange((set.Spec?.VolumeClaimTemplates ?? []).Select(t => t?.Metadata?.Name));
        return names.Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
    }
}
