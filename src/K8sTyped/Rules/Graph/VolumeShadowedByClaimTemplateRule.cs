using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2006: a StatefulSet pod-template volume has the name of a claim template. The controller (updateStorage) replaces
/// it with the template's claim without a word, so its own source (an emptyDir, a ConfigMap) is never used.
/// </summary>
internal sealed class VolumeShadowedByClaimTemplateRule : ObjectRule<V1StatefulSet>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.VolumeShadowedByClaimTemplate;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet set, RuleContext context)
    {
        var templates = (set.Spec?.VolumeClaimTemplates ?? [])
            .Select(t => t?.Metadata?.Name)
            .Where(n => !string.IsNullOrEmpty(n))
            .ToList();
        var volumes = set.Spec?.Template?.Spec?.Volumes;
        if (volumes is null || templates.Count == 0) return;
        var setName = ManifestSet.NameOf(set);
        for (var i = 0; i < volumes.Count; i++)
        {
            var name = volumes[i]?.Name;
            if (string.IsNullOrEmpty(name) || !templates.Contains(name)) continue;
            context.Report(
                Descriptor, set, $"spec.template.spec.volumes[{i}].name",
                $"Volume '{name}' has the name of claim template '{name}'. The StatefulSet controller replaces this volume with " +
                $"the template's claim ('{name}-{setName}-<ordinal>') without any error or event, so the volume as written here " +
                "is never used. Rename the volume (and the mounts that mean it), or remove it if the claim is what you want.");
        }
    }
}
