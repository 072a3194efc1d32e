using System.Text.RegularExpressions;
using K8sTyped.Models;
using K8sTyped.Rules;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// For a claim that can never bind (KT3001), the access modes with which it would: each is tried on the claim (or claim
/// template) in place and the rules run again. The code fix offers one action per mode, so it never proposes a change
/// that leaves the claim Pending. Passed to the fixer as a diagnostic property.
/// </summary>
internal static class BindableAccessModes
{
    /// <summary>The diagnostic property that carries the modes, comma-separated API names.</summary>
    public const string PropertyName = "BindableAccessModes";

    private static readonly string[] AllModes = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];

    private static readonly Regex TemplatePath = new(@"^spec\.volumeClaimTemplates\[(?<index>\d+)\]", RegexOptions.CultureInvariant);

    /// <summary>The modes that would let the claim of <paramref name="finding"/> bind; empty when none would (or it is not a claim).</summary>
    public static IReadOnlyList<string> Of(K8sTyped.Rules.Diagnostic finding, ManifestSet manifests)
    {
        if (finding.Id != RuleDescriptors.ClaimCannotBind.Id || finding.Object is not { } reference) return [];
        var owner = manifests.Objects.FirstOrDefault(o => Equals(ManifestSet.ReferenceOf(o), reference));
        if (owner is null || ClaimSpecAt(owner, finding.Path) is not { } spec) return [];

        var original = spec.AccessModes;
        var bindable = new List<string>();
        try
        {
            foreach (var mode in AllModes.Where(m => original is null || original.Count != 1 || original[0] != m))
            {
                spec.AccessModes = [mode];
                var stillPending = RuleEngine.Validate(manifests).Diagnostics.Any(d =>
                    d.Id == finding.Id && Equals(d.Object, reference) && SameClaim(d.Path, finding.Path));
                if (!stillPending) bindable.Add(mode);
            }
        }
        finally
        {
            spec.AccessModes = original;
        }

        return bindable;
    }

    private static V1PersistentVolumeClaimSpec? ClaimSpecAt(IKubernetesObject owner, string path) => owner switch
    {
        V1PersistentVolumeClaim claim => claim.Spec,
        V1StatefulSet set when TemplatePath.Match(path) is { Success: true } match
            && set.Spec?.VolumeClaimTemplates is { } templates
            && int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) is var index
            && index < templates.Count => templates[index].Spec,
        _ => null,
    };

    // The same claim: a PVC's findings are all on it; a template's are under the same spec.volumeClaimTemplates[i].
    private static bool SameClaim(string path, string findingPath)
    {
        var template = TemplatePath.Match(findingPath);
        return !template.Success || path.StartsWith(template.Value, StringComparison.Ordinal);
    }
}
