using K8sTyped.Identities;
using K8sTyped.Models;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// KT1002: the names the StatefulSet controller derives from the set's name overflow their limits. The API server
/// accepts the StatefulSet; the controller then fails to create its pods or claims (FailedCreate events).
/// </summary>
internal sealed class StatefulSetNameTooLongRule : ObjectRule<V1StatefulSet>
{
    /// <summary>
    /// The controller-revision-hash label value is <c>&lt;name&gt;-&lt;hash&gt;</c>, and the hash (a 32-bit FNV hash,
    /// safe-encoded) can take 10 characters: 63 - 1 - 10 = 52.
    /// </summary>
    internal const int MaxNameLength = KubernetesNames.LabelMaxLength - 11;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.StatefulSetNameTooLong;

    /// <inheritdoc />
    protected override void Analyze(V1StatefulSet obj, RuleContext context)
    {
        var name = ManifestSet.NameOf(obj);
        if (name.Length == 0) return;
        // The last ordinal, computed rather than enumerated: a set may have a million replicas.
        var start = obj.Spec?.Ordinals?.Start ?? 0;
        var replicas = Math.Max(0, obj.Spec?.Replicas ?? 1);
        var highestOrdinal = replicas == 0 ? start : (int)Math.Min(int.MaxValue, (long)start + replicas - 1);
        var highestPod = StatefulSetIdentity.PodName(name, highestOrdinal);

        if (name.Length > MaxNameLength)
        {
            var podProblem = highestPod.Length > KubernetesNames.LabelMaxLength
                ? $" Its pod \"{highestPod}\" also has {highestPod.Length} characters, more than the {KubernetesNames.LabelMaxLength} a " +
                  "hostname and the statefulset.kubernetes.io/pod-name label allow."
                : "";
            context.Report(Descriptor, obj, "metadata.name",
                $"StatefulSet name \"{name}\" has {name.Length} characters. The controller labels every pod with " +
                $"controller-revision-hash=\"{name}-<hash>\", where the hash takes up to 10 characters, so the label value exceeds " +
                $"{KubernetesNames.LabelMaxLength} characters: the API server accepts the StatefulSet, but the controller cannot create " +
                $"pods (FailedCreate: \"metadata.labels: Invalid value: \"{name}-<hash>\": must be no more than " +
                $"{KubernetesNames.LabelMaxLength} characters\").{podProblem} Shorten the name to at most {MaxNameLength} characters.");
        }

        var templates = obj.Spec?.VolumeClaimTemplates;
        for (var i = 0; i < (templates?.Count ?? 0); i++)
        {
            var templateName = templates![i]?.Metadata?.Name;
            if (string.IsNullOrEmpty(templateName)) continue;
            var claim = StatefulSetIdentity.ClaimName(templateName!, name, highestOrdinal);
            if (claim.Length <= KubernetesNames.SubdomainMaxLength) continue;
            context.Report(Descriptor, obj, $"spec.volumeClaimTemplates[{i}].metadata.name",
                $"Claim template \"{templateName}\" makes claims named \"<template>-<pod>\", and the claim of pod {highestOrdinal} has " +
                $"{claim.Length} characters, more than the {KubernetesNames.SubdomainMaxLength} of a DNS-1123 subdomain. The controller " +
                $"cannot create the claim (FailedCreate: \"metadata.name: Invalid value: ... must be no more than " +
                $"{KubernetesNames.SubdomainMaxLength} characters\") and the pod never starts. Shorten the template or StatefulSet name.");
        }
    }
}
