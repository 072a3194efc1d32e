using K8sTyped.Models;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1202: a StatefulSet, Deployment, ReplicaSet or DaemonSet selector is missing, empty, or does not select the pods
/// its own template makes; likewise a Job whose selector is set by hand (manualSelector). The API server rejects all
/// of these (apps validation ValidateStatefulSetSpec, ValidateDeploymentSpec, ValidateReplicaSetSpec,
/// ValidateDaemonSetSpec; batch ValidateJobSpec).
/// </summary>
internal sealed class SelectorMismatchRule : Rule
{
    private const string MismatchMessage = "`selector` does not match template `labels`";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.SelectorMismatch;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var controller in PodControllers.In(context.Manifests))
        {
            if (controller.Selector is null)
                ReportMissing(context, controller.Owner, controller.Kind);
            else if (LabelSelectors.IsEmpty(controller.Selector))
                ReportEmpty(context, controller);
            else
                CheckMatch(context, controller.Owner, controller.Kind, controller.Selector, controller.TemplateLabels);
        }

        // Without manualSelector the API server generates the Job's selector from its controller-uid, so it always matches.
        foreach (var job in context.Manifests.OfType<V1Job>())
        {
            if (job.Spec is not { ManualSelector: true } spec) continue;
            var labels = spec.Template?.Metadata?.Labels is { } set ? new Dictionary<string, string>(set) : new Dictionary<string, string>();
            if (spec.Selector is null)
                ReportMissing(context, job, V1Job.KubeKind);
            else if (!LabelSelectors.IsEmpty(spec.Selector))
                CheckMatch(context, job, V1Job.KubeKind, spec.Selector, labels);
        }
    }

    private void ReportMissing(RuleContext context, IKubernetesObject owner, string kind) =>
        context.Report(Descriptor, owner, "spec.selector",
            $"{kind} '{ManifestSet.NameOf(owner)}' has no selector, so it cannot tell which pods are its own. " +
            $"The API server rejects the {kind}: \"spec.selector: Required value\". " +
            "Set spec.selector.matchLabels to labels the pod template carries, for example app: <name>.");

    private void ReportEmpty(RuleContext context, PodController controller)
    {
        // The API server's wording; ReplicaSet validation reuses the Deployment text.
        var serverKind = controller.Kind == V1ReplicaSet.KubeKind ? "deployment" : controller.Kind.ToLowerInvariant();
        context.Report(Descriptor, controller.Owner, "spec.selector",
            $"{controller.Kind} '{controller.Name}' has an empty selector, which would claim every pod in its namespace. " +
            $"The API server rejects it: \"spec.selector: Invalid value: empty selector is invalid for {serverKind}\". " +
            "Put at least one label of the pod template in spec.selector.matchLabels.");
    }

    private void CheckMatch(RuleContext context, IKubernetesObject owner, string kind, V1LabelSelector selector, IReadOnlyDictionary<string, string> labels)
    {
        if (LabelSelectors.Matches(selector, labels)) return;
        context.Report(Descriptor, owner, "spec.template.metadata.labels",
            $"{kind} '{ManifestSet.NameOf(owner)}' selects pods by '{LabelText.Of(selector)}', but its template labels its pods " +
            $"'{LabelText.Of(labels)}', so it would never find the pods it creates. " +
            $"The API server rejects the {kind}: \"spec.template.metadata.labels: Invalid value: {MismatchMessage}\". " +
            "Give the template every label the selector requires (and none it excludes).");
    }
}
