using System.Text;
using K8sTyped.Generator.Model;
using K8sTyped.Identities;
using K8sTyped.Models;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// The names the StatefulSet controller will give each replica (pod name, stable DNS name, claim names), computed
/// with the same <see cref="StatefulSetIdentity"/> the DSL and the rules use, as constants for the generated code.
/// </summary>
internal static class IdentityConstants
{
    /// <summary>
    /// Constants are emitted for this many pods of each StatefulSet at most: a set of a million replicas must not make the
    /// compiler write millions of constants. Beyond it, <c>StatefulSet.PodName(ordinal)</c> computes any name at run time.
    /// </summary>
    public const int MaxPodsPerStatefulSet = 1_000;

    public static IEnumerable<IdentityConstant> Of(IEnumerable<IKubernetesObject> objects, string clusterDomain)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in objects.OfType<V1StatefulSet>())
        {
            var name = set.Metadata?.Name;
            if (string.IsNullOrEmpty(name)) continue;
            var prefix = Identifier(name!);
            foreach (var ordinal in StatefulSetIdentity.Ordinals(set).Take(MaxPodsPerStatefulSet))
            {
                var pod = StatefulSetIdentity.PodName(name!, ordinal);
                yield return Unique(used, $"{prefix}{ordinal}PodName", pod, $"The name of pod {ordinal} of StatefulSet {name}.");
                if (set.Spec?.ServiceName is { Length: > 0 } service && set.Metadata?.Namespace is { Length: > 0 } ns)
                {
                    yield return Unique(used, $"{prefix}{ordinal}DnsName", StatefulSetIdentity.PodDnsName(name!, ordinal, service, ns, clusterDomain),
                        $"The stable DNS name of pod {pod} (through Service {service}).");
                }

                foreach (var template in set.Spec?.VolumeClaimTemplates ?? [])
                {
                    if (template?.Metadata?.Name is not { Length: > 0 } claim) continue;
                    yield return Unique(used, $"{prefix}{ordinal}{Identifier(claim)}ClaimName", StatefulSetIdentity.ClaimName(claim, name!, ordinal),
                        $"The claim template {claim} makes for pod {pod}.");
                }
            }
        }
    }

    /// <summary>Why the pods of <paramref name="set"/> cannot all be numbered (their ordinals pass int.MaxValue), or null.</summary>
    public static string? OrdinalsOverflow(V1StatefulSet set)
    {
        var start = set.Spec?.Ordinals?.Start ?? 0;
        var replicas = Math.Max(0, set.Spec?.Replicas ?? 1);
        return replicas > 0 && (long)start + replicas - 1 > int.MaxValue
            ? $"StatefulSet '{set.Metadata?.Name}' numbers its {replicas} pods from {start}, past the largest ordinal ({int.MaxValue})"
            : null;
    }

    /// <summary>"mariadb-data" → "MariadbData"; a leading digit gets an underscore.</summary>
    public static string Identifier(string name)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (text.Length == 0 || char.IsDigit(text[0])) text.Insert(0, '_');
        return text.ToString();
    }

    private static IdentityConstant Unique(HashSet<string> used, string name, string value, string description)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
            candidate = name + "_" + i;
        return new IdentityConstant(candidate, value, description);
    }
}
