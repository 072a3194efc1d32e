using K8sTyped.Models;
using K8sTyped.Rules.Schema;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// KT1003: a label key or value breaks the label grammar wherever labels are written or matched: the metadata.labels
/// of every object and template, label selectors (matchLabels, matchExpressions keys and values), Service selectors
/// and pod nodeSelectors. The API server validates all of them with the same checks.
/// </summary>
internal sealed class InvalidLabelRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InvalidLabel;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            foreach (var field in SchemaWalker.Fields(obj, SchemaWalker.HoldsObjects, static (_, value) => value is V1ObjectMeta or V1LabelSelector or V1ServiceSpec or V1PodSpec))
            {
                switch (field.Value)
                {
                    case V1ObjectMeta metadata:
                        CheckMap(context, obj, field.Path + ".labels", metadata.Labels);
                        break;
                    case V1LabelSelector selector:
                        CheckMap(context, obj, field.Path + ".matchLabels", selector.MatchLabels);
                        CheckExpressions(context, obj, field.Path + ".matchExpressions", selector.MatchExpressions);
                        break;
                    case V1ServiceSpec service:
                        CheckMap(context, obj, field.Path + ".selector", service.Selector);
                        break;
                    case V1PodSpec pod:
                        CheckMap(context, obj, field.Path + ".nodeSelector", pod.NodeSelector);
                        break;
                }
            }
        }
    }

    private void CheckMap(RuleContext context, IKubernetesObject obj, string path, IDictionary<string, string>? labels)
    {
        foreach (var pair in labels ?? new Dictionary<string, string>())
        {
            CheckKey(context, obj, $"{path}[{pair.Key}]", pair.Key);
            CheckValue(context, obj, $"{path}[{pair.Key}]", pair.Value ?? "");
        }
    }

    private void CheckExpressions(RuleContext context, IKubernetesObject obj, string path, IList<V1LabelSelectorRequirement>? expressions)
    {
        for (var i = 0; i < (expressions?.Count ?? 0); i++)
        {
            var expression = expressions![i];
            if (expression is null) continue;
            if (expression.Key is { } key) CheckKey(context, obj, $"{path}[{i}].key", key);
            for (var j = 0; j < (expression.Values?.Count ?? 0); j++)
                CheckValue(context, obj, $"{path}[{i}].values[{j}]", expression.Values![j] ?? "");
        }
    }

    private void CheckKey(RuleContext context, IKubernetesObject obj, string path, string key)
    {
        if (KubernetesNames.CheckLabelKey(key) is not { } problem) return;
        context.Report(Descriptor, obj, path,
            $"Label key \"{key}\" is invalid: {problem}. The API server rejects the object with \"{path}: Invalid value: " +
            $"\"{key}\": {problem}\". A key is an optional DNS subdomain prefix and '/', then at most 63 letters, digits, " +
            "'-', '_' or '.', starting and ending with a letter or digit (e.g. \"app.kubernetes.io/name\").");
    }

    private void CheckValue(RuleContext context, IKubernetesObject obj, string path, string value)
    {
        if (KubernetesNames.CheckLabelValue(value) is not { } problem) return;
        context.Report(Descriptor, obj, path,
            $"Label value \"{value}\" is invalid: {problem}. The API server rejects the object with \"{path}: Invalid value: " +
            $"\"{value}\": {problem}\". Use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or " +
            "digit, or keep longer text in an annotation.");
    }
}
