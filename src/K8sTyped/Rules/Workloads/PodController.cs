using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// A controller that keeps pods running from a template and finds them by a selector: a StatefulSet, Deployment,
/// ReplicaSet or DaemonSet. All four keep the template at <c>spec.template</c> and the selector at <c>spec.selector</c>.
/// </summary>
/// <param name="Owner">The workload object.</param>
/// <param name="Kind">Its kind, e.g. <c>StatefulSet</c>.</param>
/// <param name="Selector">The selector, or null when unset.</param>
/// <param name="Template">The pod template, or null when unset.</param>
internal sealed record PodController(IKubernetesObject Owner, string Kind, V1LabelSelector? Selector, V1PodTemplateSpec? Template)
{
    /// <summary>The workload's metadata.name.</summary>
    public string Name => ManifestSet.NameOf(Owner);

    /// <summary>The labels its pods get; empty when unset.</summary>
    public IReadOnlyDictionary<string, string> TemplateLabels =>
        Template?.Metadata?.Labels is { } labels ? new Dictionary<string, string>(labels) : new Dictionary<string, string>();
}
