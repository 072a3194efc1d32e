using K8sTyped.Models;
using K8sTyped.Rules.Schema;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// KT1006: a name inside a pod is not a DNS-1123 label: volume names, container, init and ephemeral container names,
/// spec.hostname and spec.subdomain, and StatefulSet claim-template names (each becomes a pod volume name).
/// </summary>
internal sealed class InvalidMemberNameRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InvalidMemberName;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            foreach (var field in SchemaWalker.Fields(obj, SchemaWalker.HoldsObjects, static (_, value) => value is V1Volume or V1Container or V1EphemeralContainer or V1PodSpec or V1StatefulSetSpec))
            {
                switch (field.Value)
                {
                    case V1Volume { Name: { } volume }:
                        Check(context, obj, field, ".name", volume, "Volume name", "volumeMounts refer to it by this name");
                        break;
                    case V1Container { Name: { } container }:
                        Check(context, obj, field, ".name", container, "Container name", "it names the container in the pod");
                        break;
                    case V1EphemeralContainer { Name: { } ephemeral }:
                        Check(context, obj, field, ".name", ephemeral, "Ephemeral container name", "it names the container in the pod");
                        break;
                    case V1PodSpec pod:
                        if (!string.IsNullOrEmpty(pod.Hostname))
                            Check(context, obj, field, ".hostname", pod.Hostname!, "Hostname", "it becomes the pod's host name");
                        if (!string.IsNullOrEmpty(pod.Subdomain))
                            Check(context, obj, field, ".subdomain", pod.Subdomain!, "Subdomain", "it must name a headless Service for the pod's DNS record");
                        break;
                    case V1StatefulSetSpec statefulSet:
                        CheckClaimTemplates(context, obj, field, statefulSet.VolumeClaimTemplates);
                        break;
                }
            }
        }
    }

    private void CheckClaimTemplates(RuleContext context, IKubernetesObject obj, SchemaField spec, IList<V1PersistentVolumeClaim>? templates)
    {
        for (var i = 0; i < (templates?.Count ?? 0); i++)
        {
            if (templates![i] is not { } template) continue;
            var relativePath = $".volumeClaimTemplates[{i}].metadata.name";
            if (string.IsNullOrEmpty(template.Metadata?.Name))
            {
                var namePath = spec.Path + relativePath;
                context.Report(Descriptor, obj, namePath,
                    "Claim template has no name. The template name is the pod volume name that volumeMounts use, and the " +
                    "first part of each claim name (<template>-<pod>); the API server rejects it with \"" + namePath +
                    ": Required value\". Set metadata.name to a DNS-1123 label such as \"data\".");
                continue;
            }

            Check(context, obj, spec, relativePath, template.Metadata!.Name!, "Claim template name", "it becomes the pod volume name that volumeMounts use");
        }
    }

    // The path is only made for a name that breaks the grammar: these checks meet every container and volume.
    private void Check(RuleContext context, IKubernetesObject obj, SchemaField holder, string relativePath, string name, string what, string why)
    {
        var problem = name.Length == 0 ? "must not be empty" : KubernetesNames.CheckDns1123Label(name);
        if (problem is null) return;
        var path = holder.Path + relativePath;
        var suggestion = InvalidObjectNameRule.Suggestion(NearestKubernetesNames.Dns1123Label(name), KubernetesNames.CheckDns1123Label);
        context.Report(Descriptor, obj, path,
            $"{what} \"{name}\" is not a DNS-1123 label ({why}): {problem}. The API server rejects the object with " +
            $"\"{path}: Invalid value: \"{name}\": {problem}\". Use a DNS-1123 label{suggestion}: at most 63 lowercase " +
            "letters, digits and '-', starting and ending with a letter or digit.");
    }
}
