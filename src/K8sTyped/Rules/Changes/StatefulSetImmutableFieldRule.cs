using K8sTyped.Identities;
using K8sTyped.Models;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// KT4001: a deployed StatefulSet changes a field the API server does not let change. ValidateStatefulSetUpdate
/// (pkg/apis/apps/validation) copies replicas, ordinals, template, updateStrategy, revisionHistoryLimit (since 1.35),
/// persistentVolumeClaimRetentionPolicy and minReadySeconds from the old object and forbids any other difference in the
/// spec: serviceName, selector, podManagementPolicy and every claim template. Reported at the changed value, once per
/// field (and once per claim template).
/// </summary>
internal sealed class StatefulSetImmutableFieldRule : ObjectRule<V1StatefulSet>
{
    /// <summary>What <c>kubectl apply</c> answers (Kubernetes 1.35 and later).</summary>
    internal const string Refusal =
        "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', " +
        "'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    private const string Templates = "spec.volumeClaimTemplates";

    private static readonly string[] s_mutable =
    [
        "spec.replicas", "spec.ordinals", "spec.template", "spec.updateStrategy", "spec.revisionHistoryLimit",
        "spec.persistentVolumeClaimRetentionPolicy", "spec.minReadySeconds",
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.StatefulSetImmutableFieldChanged;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet statefulSet, RuleContext context)
    {
        if (DeployedVersions.Of(context).Of(statefulSet) is not { } deployed) return;
        var before = (V1StatefulSet)deployed.Object;
        var changes = FieldChanges.Between(statefulSet, deployed, "spec").Where(c => !s_mutable.Any(c.IsUnder));
        foreach (var field in changes.GroupBy(c => FieldOf(c.Path)))
        {
            // Report where the new value was written; a value only removed points at its field.
            var change = field.FirstOrDefault(c => c.Current is not null) ?? field.First();
            var path = change.Current is not null && !IsAdded(before, field.Key) ? change.Path : field.Key;
            context.Report(Descriptor, statefulSet, path, Message(statefulSet, before, deployed, field.Key, change));
        }

        // A live object's extra values are not changes (FieldChanges), but a claim template the manifests dropped is.
        var (count, deployedCount) = (statefulSet.Spec?.VolumeClaimTemplates?.Count ?? 0, before.Spec?.VolumeClaimTemplates?.Count ?? 0);
        if (deployed.IsLive && count < deployedCount)
        {
            var dropped = string.Join(", ", before.Spec!.VolumeClaimTemplates!.Skip(count).Select(t => $"'{t.Metadata?.Name}'"));
            context.Report(Descriptor, statefulSet, Templates,
                $"StatefulSet '{ManifestSet.NameOf(statefulSet)}' no longer has the claim template(s) {dropped} it has {deployed.Source}. " +
                $"kubectl apply is refused: \"{Refusal}\". {NewClaimsAdvice(statefulSet)}");
        }
    }

    // A claim template the deployed version does not have is reported as a whole, at the call that adds it.
    private static bool IsAdded(V1StatefulSet before, string field) =>
        field.StartsWith(Templates + "[", StringComparison.Ordinal) && TemplateAt(before, IndexOf(field)) is null;

    private static int IndexOf(string templateField) =>
        int.Parse(templateField.Substring(Templates.Length + 1, templateField.Length - Templates.Length - 2), System.Globalization.CultureInfo.InvariantCulture);

    // The unit of one finding: spec.<field>, or one claim template (spec.volumeClaimTemplates[i]).
    private static string FieldOf(string path)
    {
        if (path.StartsWith(Templates + "[", StringComparison.Ordinal))
            return path.Substring(0, path.IndexOf(']', Templates.Length) + 1);
        var end = path.IndexOfAny(['.', '['], "spec.".Length);
        return end < 0 ? path : path.Substring(0, end);
    }

    private static string Message(V1StatefulSet statefulSet, V1StatefulSet before, DeployedVersion deployed, string field, FieldChange change)
    {
        var name = ManifestSet.NameOf(statefulSet);
        var refused = $"kubectl apply is refused: \"{Refusal}\".";
        var was = $"{FieldChange.Describe(change.Deployed)} {deployed.Source}";
        if (!field.StartsWith(Templates, StringComparison.Ordinal))
        {
            var what = $"StatefulSet '{name}' changes {field.Substring("spec.".Length)}: {change.Path} is {FieldChange.Describe(change.Current)}, was {was}. {refused}";
            return field == "spec.selector"
                ? what + " The new selector must still select the running pods, or the recreated StatefulSet cannot adopt them and cannot create pods of the same names: " +
                  "give the StatefulSet a new name (new pods, new claims) and move the data, or delete it with --cascade=orphan, relabel the pods, and apply."
                : what + $" Delete the StatefulSet but keep its pods and claims (kubectl delete statefulset {name} --cascade=orphan), then apply: " +
                  "the new StatefulSet adopts the running pods and replaces them with the new spec.";
        }

        var index = IndexOf(field);
        var template = TemplateAt(statefulSet, index) ?? TemplateAt(before, index);
        var templateName = template?.Metadata?.Name ?? "";
        if (TemplateAt(before, index) is null)
            return $"StatefulSet '{name}' adds the claim template '{templateName}', which it does not have {deployed.Source}. {refused} {NewClaimsAdvice(statefulSet)}";

        if (TemplateAt(statefulSet, index) is null)
            return $"StatefulSet '{name}' no longer has the claim template '{templateName}' it has {deployed.Source}. {refused} {NewClaimsAdvice(statefulSet)}";

        var text = $"StatefulSet '{name}' changes its claim template '{templateName}': {change.Path} is {FieldChange.Describe(change.Current)}, was {was}. {refused}";
        if (change.Path.EndsWith(".resources.requests[storage]", StringComparison.Ordinal) && change is { Current: Quantity size, Deployed: Quantity old })
        {
            var claims = ClaimNames(statefulSet, templateName);
            return size > old
                ? text + $" The existing claims ({claims}) keep their size whatever the template says. Grow each of them (kubectl patch pvc <claim> -p " +
                  $"'{{\"spec\":{{\"resources\":{{\"requests\":{{\"storage\":\"{size}\"}}}}}}}}'; its StorageClass needs allowVolumeExpansion: true), then delete the " +
                  $"StatefulSet with kubectl delete statefulset {name} --cascade=orphan and apply, so claims made from now on get {size} too."
                : text + $" A volume never shrinks: the existing claims ({claims}) stay at {old}. Keep {old}, or create a StatefulSet under a new name " +
                  $"(its claims are made at {size}) and migrate the data.";
        }

        return text + " " + NewClaimsAdvice(statefulSet);
    }

    private static string NewClaimsAdvice(V1StatefulSet statefulSet) =>
        "Existing claims are never changed by a StatefulSet, not even after it is deleted with --cascade=orphan and recreated: its pods keep " +
        $"their claims ({ClaimNames(statefulSet, null)}). To change the storage, create a StatefulSet under a new name (or a claim template under a new name) " +
        "and migrate the data.";

    private static V1PersistentVolumeClaim? TemplateAt(V1StatefulSet statefulSet, int index) =>
        statefulSet.Spec?.VolumeClaimTemplates is { } templates && index < templates.Count ? templates[index] : null;

    private static string ClaimNames(V1StatefulSet statefulSet, string? templateName)
    {
        var name = ManifestSet.NameOf(statefulSet);
        var template = templateName ?? statefulSet.Spec?.VolumeClaimTemplates?.FirstOrDefault()?.Metadata?.Name ?? "<template>";
        var ordinals = StatefulSetIdentity.Ordinals(statefulSet).Take(3).ToList();
        var names = ordinals.Select(i => StatefulSetIdentity.ClaimName(template, name, i)).ToList();
        if ((statefulSet.Spec?.Replicas ?? 1) > names.Count) names.Add("...");
        return names.Count == 0 ? $"{template}-{name}-<ordinal>" : string.Join(", ", names);
    }
}
