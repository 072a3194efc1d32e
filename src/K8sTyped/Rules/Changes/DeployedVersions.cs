using System.Runtime.CompilerServices;
using K8sTyped.Models;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// Finds, for an object of the manifests, the version that is deployed: the live object of the same kind, namespace and
/// name in the cluster inventory when there is one (what the cluster holds is authoritative), otherwise the object of
/// that identity in <see cref="ClusterProfile.PreviousManifests"/>.
/// </summary>
/// <remarks>
/// As for the inventory, a manifest object without a namespace lands in whatever namespace it is applied to, so it
/// matches a deployed object of its kind and name in any namespace.
/// </remarks>
internal sealed class DeployedVersions
{
    private static readonly ConditionalWeakTable<RuleContext, DeployedVersions> s_cache = new();

    private readonly RuleContext _context;
    private readonly Dictionary<(string Kind, string Name), List<IKubernetesObject>> _previousByName = [];

    private DeployedVersions(RuleContext context)
    {
        _context = context;
        foreach (var obj in context.Manifests.Cluster.PreviousManifests)
        {
            if (obj is null) continue;
            var key = (obj.Kind ?? "", ManifestSet.NameOf(obj));
            if (!_previousByName.TryGetValue(key, out var sameName)) _previousByName.Add(key, sameName = []);
            sameName.Add(obj);
        }
    }

    /// <summary>The deployed versions of the run's manifests, indexed on first use.</summary>
    public static DeployedVersions Of(RuleContext context) => s_cache.GetValue(context, static c => new DeployedVersions(c));

    /// <summary>The deployed version of <paramref name="current"/>, or null when it has none (a new object).</summary>
    public DeployedVersion? Of(IKubernetesObject current)
    {
        var kind = current.Kind ?? "";
        var name = ManifestSet.NameOf(current);
        if (name.Length == 0) return null;
        var @namespace = ManifestSet.NamespaceOf(current);

        var live = _context.Inventory.FindLive(kind, @namespace, name)
            .FirstOrDefault(o => o.GetType() == current.GetType() && !ReferenceEquals(o, current));
        if (live is not null) return new DeployedVersion(live, IsLive: true);

        if (!_previousByName.TryGetValue((kind, name), out var previous)) return null;
        var match = previous.FirstOrDefault(o =>
            o.GetType() == current.GetType() && (@namespace == "" || ManifestSet.NamespaceOf(o) == @namespace));
        return match is null ? null : new DeployedVersion(match, IsLive: false);
    }
}
