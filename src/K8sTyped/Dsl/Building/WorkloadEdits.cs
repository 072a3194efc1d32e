using K8sTyped.Models;
using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>The pod template of a workload, built so its selector and its template labels come from one label set.</summary>
internal static class WorkloadEdits
{
    /// <summary>The selector and template for <paramref name="labels"/> and <paramref name="pods"/>; <paramref name="specWriter"/> is rooted at the workload's <c>spec</c>.</summary>
    public static (V1LabelSelector Selector, V1PodTemplateSpec Template) Pods(Labels labels, PodTemplate pods, BuildWriter specWriter, CallSite site)
    {
        var template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = labels.ToDictionary() }, Spec = new V1PodSpec() };
        pods.ApplyTo(template.Spec, specWriter.At("template.spec"), labels);
        specWriter.Record("selector", site, nameof(labels));
        specWriter.Record("template", site);
        specWriter.Record("template.metadata.labels", site, nameof(labels));
        return (ModelEdits.SelectorFor(labels), template);
    }

}
