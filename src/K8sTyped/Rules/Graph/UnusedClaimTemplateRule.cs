using K8sTyped.Text;
using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2007: no container mounts a claim template. The controller still creates and binds one claim per pod (and keeps
/// it after the StatefulSet is gone unless the retention policy says Delete), but no data is ever written to it.
/// </summary>
internal sealed class UnusedClaimTemplateRule : ObjectRule<V1StatefulSet>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.UnusedClaimTemplate;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet set, RuleContext context)
    {
        var templates = set.Spec?.VolumeClaimTemplates;
        if (templates is null) return;
        var site = WorkloadQueries.PodSpecOf(set);
        var used = site is null ? new HashSet<string>() : PodContainers.UsedVolumeNames(site);
        var setName = ManifestSet.NameOf(set);
        for (var i = 0; i < templates.Count; i++)
        {
            var name = templates[i]?.Metadata?.Name;
            if (string.IsNullOrEmpty(name) || used.Contains(name!)) continue;
            context.Report(
                Descriptor, set, $"spec.volumeClaimTemplates[{i}].metadata.name",
                $"Claim template '{name}' is mounted by no container. The controller still creates a claim '{name}-{setName}-<ordinal>' " +
                "for every pod and provisions its volume, which costs storage and is kept after scale-down or deletion unless " +
                $"persistentVolumeClaimRetentionPolicy says Delete, yet nothing is ever written to it.{Suggestions.DidYouMean(name!, used)} " +
                $"Add a volumeMount named '{name}' to the container that needs the data, or remove the template.");
        }
    }
}
