using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>Finds pod specs and claim specs wherever they live in the manifests, so rules need not know every workload kind.</summary>
public static class WorkloadQueries
{
    private static readonly IReadOnlyDictionary<string, string> s_noLabels = new Dictionary<string, string>();

    /// <summary>Every pod spec: Pods, and the templates of StatefulSets, Deployments, DaemonSets, ReplicaSets, Jobs and CronJobs.</summary>
    public static IEnumerable<PodSpecSite> PodSpecs(ManifestSet manifests)
    {
        foreach (var obj in manifests.Objects)
        {
            if (PodSpecOf(obj) is { } site)
                yield return site;
        }
    }

    /// <summary>The pod spec of one object (a Pod, or a workload's template); null for other kinds or when unset.</summary>
    public static PodSpecSite? PodSpecOf(IKubernetesObject obj) => obj switch
    {
        V1Pod pod => Site(pod, "spec", pod.Spec, pod.Metadata, "metadata.labels"),
        V1StatefulSet s => Template(s, "spec.template", s.Spec?.Template),
        V1Deployment d => Template(d, "spec.template", d.Spec?.Template),
        V1DaemonSet d => Template(d, "spec.template", d.Spec?.Template),
        V1ReplicaSet r => Template(r, "spec.template", r.Spec?.Template),
        V1Job j => Template(j, "spec.template", j.Spec?.Template),
        V1CronJob c => Template(c, "spec.jobTemplate.spec.template", c.Spec?.JobTemplate?.Spec?.Template),
        _ => null,
    };

    /// <summary>Every claim spec: standalone claims and StatefulSet claim templates.</summary>
    public static IEnumerable<ClaimSite> Claims(ManifestSet manifests)
    {
        foreach (var obj in manifests.Objects)
        {
            switch (obj)
            {
                case V1PersistentVolumeClaim claim when claim.Spec is not null:
                    yield return new ClaimSite(claim, "spec", claim.Spec, null, [ManifestSet.NameOf(claim)], claim.Metadata);
                    break;
                case V1StatefulSet set when set.Spec?.VolumeClaimTemplates is { } templates:
                    var setName = ManifestSet.NameOf(set);
                    for (var i = 0; i < templates.Count; i++)
                    {
                        var template = templates[i];
                        if (template?.Spec is null) continue;
                        var templateName = template.Metadata?.Name ?? "";
                        var start = set.Spec.Ordinals?.Start ?? 0;
                        var names = new ReplicaClaimNames(templateName, setName, start, ReplicaCount(set, start));
                        yield return new ClaimSite(set, $"spec.volumeClaimTemplates[{i}].spec", template.Spec, templateName, names, template.Metadata);
                    }

                    break;
            }
        }
    }

    // The replicas whose ordinals fit an int (the controller's ordinals are ints too).
    private static int ReplicaCount(V1StatefulSet set, int start) =>
        (int)Math.Min(Math.Max(0, set.Spec?.Replicas ?? 1), (long)int.MaxValue - start + 1);

    private static PodSpecSite? Template(IKubernetesObject owner, string path, V1PodTemplateSpec? template) =>
        template is null ? null : Site(owner, $"{path}.spec", template.Spec, template.Metadata, $"{path}.metadata.labels");

    private static PodSpecSite? Site(IKubernetesObject owner, string path, V1PodSpec? spec, V1ObjectMeta? metadata, string labelsPath) =>
        spec is null
            ? null
            : new PodSpecSite(owner, path, spec, metadata?.Labels is { } labels ? new Dictionary<string, string>(labels) : s_noLabels, labelsPath);
}
