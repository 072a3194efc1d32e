using System.Text.RegularExpressions;
using K8sTyped.Models;
using K8sTyped.Rules.Schema;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// The values that differ between an object and its deployed version, compared the way the API server's
/// <c>apiequality.Semantic.DeepEqual</c> does: leaf by leaf (so an empty list equals an unset one), quantities by
/// value (<c>1Gi</c> equals <c>1024Mi</c>), lists by position. A field the API server defaults counts as its default
/// when unset.
/// </summary>
internal static class FieldChanges
{
    // What SetDefaults_* fill in for the fields the change rules compare, by kind and path ([*] for any list index).
    private static readonly Dictionary<(string Kind, string Path), string> s_defaults = new()
    {
        [(V1StatefulSet.KubeKind, "spec.podManagementPolicy")] = "OrderedReady",
        [(V1StatefulSet.KubeKind, "spec.volumeClaimTemplates[*].spec.volumeMode")] = "Filesystem",
        [(V1PersistentVolumeClaim.KubeKind, "spec.volumeMode")] = "Filesystem",
        [(V1PersistentVolume.KubeKind, "spec.volumeMode")] = "Filesystem",
        [(V1StorageClass.KubeKind, "reclaimPolicy")] = "Delete",
        [(V1StorageClass.KubeKind, "volumeBindingMode")] = "Immediate",
        [(V1Service.KubeKind, "spec.type")] = "ClusterIP",
    };

    private static readonly Regex s_listIndex = new(@"\[\d+\]", RegexOptions.CultureInvariant);

    /// <summary>The values under <paramref name="prefix"/> that differ, in the current object's field order, then removed ones.</summary>
    public static IReadOnlyList<FieldChange> Between(IKubernetesObject current, DeployedVersion deployed, string prefix)
    {
        var kind = current.Kind ?? "";
        var now = Leaves(current, prefix);
        var before = Leaves(deployed.Object, prefix);
        var changes = new List<FieldChange>();
        foreach (var path in now.Keys.Concat(before.Keys.Where(p => !now.ContainsKey(p))))
        {
            now.TryGetValue(path, out var currentValue);
            before.TryGetValue(path, out var deployedValue);
            // A live object holds what the server filled in; applying keeps a value the manifest does not set.
            if (currentValue is null && deployed.IsLive) continue;
            currentValue ??= DefaultOf(kind, path);
            deployedValue ??= DefaultOf(kind, path);
            if (!AreEqual(currentValue, deployedValue))
                changes.Add(new FieldChange(path, currentValue, deployedValue));
        }

        return changes;
    }

    private static string? DefaultOf(string kind, string path) =>
        s_defaults.TryGetValue((kind, s_listIndex.Replace(path, "[*]")), out var value) ? value : null;

    private static Dictionary<string, object> Leaves(IKubernetesObject obj, string prefix)
    {
        var leaves = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in SchemaWalker.Fields(obj))
        {
            if (field.Value is null || !IsLeaf(field.Value)) continue;
            if (!FieldChange.IsAtOrUnder(field.Path, prefix)) continue;
            leaves[field.Path] = field.Value;
        }

        return leaves;
    }

    private static bool IsLeaf(object value) =>
        value is string or bool or int or long or double or Quantity or IntOrString or DateTime or DateTimeOffset or byte[];

    private static bool AreEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (Quantity x, Quantity y) => x.CompareTo(y) == 0,
        (byte[] x, byte[] y) => x.SequenceEqual(y),
        _ => Equals(a, b) || string.Equals(
            Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToString(b, System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal),
    };
}
