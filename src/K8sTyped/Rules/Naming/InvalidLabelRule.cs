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
                        CheckMap(context, obj, field, ".labels", metadata.Labels);
                        break;
                    case V1LabelSelector selector:
                        CheckMap(context, obj, field, ".matchLabels", selector.MatchLabels);
                        CheckExpressions(context, obj, field, selector.MatchExpressions);
                        break;
                    case V1ServiceSpec service:
                        CheckMap(context, obj, field, ".selector", service.Selector);
                        break;
                    case V1PodSpec pod:
                        CheckMap(context, obj, field, ".nodeSelector", pod.NodeSelector);
                        break;
                }
            }
        }
    }

    // The paths are only made for a label that breaks the grammar: these checks meet every label of every object.
    private void CheckMap(RuleContext context, IKubernetesObject obj, SchemaField holder, string property, IDictionary<string, string>? labels)
    {
        if (labels is null) return;
        foreach (var pair in labels)
        {
            if (KubernetesNames.CheckLabelKey(pair.Key) is { } keyProblem)
                ReportKey(context, obj, $"{holder.Path}{property}[{pair.Key}]", pair.Key, keyProblem);
            if (KubernetesNames.CheckLabelValue(pair.Value ?? "") is { } valueProblem)
                ReportValue(context, obj, $"{holder.Path}{property}[{pair.Key}]", pair.Value ?? "", valueProblem);
        }
    }

    private void CheckExpressions(RuleContext context, IKubernetesObject obj, SchemaField selector, IList<V1LabelSelectorRequirement>? expressions)
    {
        for (var i = 0; i < (expressions?.Count ?? 0); i++)
        {
            var expression = expressions![i];
            if (expression is null) continue;
            if (expression.Key is { } key && KubernetesNames.CheckLabelKey(key) is { } keyProblem)
                ReportKey(context, obj, $"{selector.Path}.matchExpressions[{i}].key", key, keyProblem);
            for (var j = 0; j < (expression.Values?.Count ?? 0); j++)
            {
                var value = expression.Values![j] ?? "";
                if (KubernetesNames.CheckLabelValue(value) is { } valueProblem)
                    ReportValue(context, obj, $"{selector.Path}.matchExpressions[{i}].values[{j}]", value, valueProblem);
            }
        }
    }

    private void ReportKey(RuleContext context, IKubernetesObject obj, string path, string key, string problem) =>
        context.Report(Descriptor, obj, path,
            $"Label key \"{key}\" is invalid: {problem}. The API server rejects the object with \"{path}: Invalid value: " +
            $"\"{key}\": {problem}\". A key is an optional DNS subdomain prefix and '/', then at most 63 letters, digits, " +
            "'-', '_' or '.', starting and ending with a letter or digit (e.g. \"app.kubernetes.io/name\").");

    private void ReportValue(RuleContext context, IKubernetesObject obj, string path, string value, string problem) =>
        context.Report(Descriptor, obj, path,
            $"Label value \"{value}\" is invalid: {problem}. The API server rejects the object with \"{path}: Invalid value: " +
            $"\"{value}\": {problem}\". Use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or " +
            "digit, or keep longer text in an annotation.");
}
