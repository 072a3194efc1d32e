using K8sTyped.Models;

namespace K8sTyped.Rules.Workloads;

/// <summary>
/// KT1203: the pod template of a StatefulSet (or of a Deployment, ReplicaSet or DaemonSet, which share the rule) sets
/// a restartPolicy other than Always, or sets activeDeadlineSeconds. These controllers keep pods running forever, so
/// the API server rejects both (apps validation ValidateStatefulSetSpec, ValidatePodTemplateSpecForReplicaSet,
/// ValidateDaemonSetSpec).
/// </summary>
internal sealed class WorkloadPodPolicyRule : Rule
{
    private const string TemplateSpec = "spec.template.spec";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.WorkloadPodPolicy;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var controller in PodControllers.In(context.Manifests))
        {
            if (controller.Template?.Spec is not { } spec) continue;

            // Unset defaults to Always.
            if (spec.RestartPolicy is { } restartPolicy && restartPolicy != "Always")
            {
                context.Report(Descriptor, controller.Owner, $"{TemplateSpec}.restartPolicy",
                    $"{controller.Kind} '{controller.Name}' gives its pods restartPolicy '{restartPolicy}', but a {controller.Kind} " +
                    "restarts its pods' containers forever and only accepts Always. " +
                    $"The API server rejects it: \"{TemplateSpec}.restartPolicy: Unsupported value: \"{restartPolicy}\": supported values: \"Always\"\". " +
                    "Remove restartPolicy or set it to Always; for run-to-completion work use a Job.");
            }

            if (spec.ActiveDeadlineSeconds is { } deadline)
            {
                context.Report(Descriptor, controller.Owner, $"{TemplateSpec}.activeDeadlineSeconds",
                    $"{controller.Kind} '{controller.Name}' gives its pods activeDeadlineSeconds {deadline}, which would kill them " +
                    $"after that time although a {controller.Kind} is meant to keep them running. " +
                    $"The API server rejects it: \"{TemplateSpec}.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in {ValidatedAs(controller.Kind)} is not Supported\". " +
                    "Remove activeDeadlineSeconds; for work with a deadline use a Job.");
            }
        }
    }

    // A Deployment's template is validated as the template of the ReplicaSet it will create.
    private static string ValidatedAs(string kind) => kind == V1Deployment.KubeKind ? V1ReplicaSet.KubeKind : kind;
}
