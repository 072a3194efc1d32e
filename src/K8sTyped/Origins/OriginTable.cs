using K8sTyped.Models;

namespace K8sTyped.Origins;

/// <summary>
/// Which <see cref="OriginMap"/> belongs to which object, by reference (objects are mutable and have no identity of
/// their own); <see cref="Find"/> is the lookup a <c>ManifestSet</c> takes.
/// </summary>
internal sealed class OriginTable
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IKubernetesObject, OriginMap> _maps = new();

    /// <summary>Records the origins of <paramref name="obj"/>.</summary>
    public void Add(IKubernetesObject obj, OriginMap origins) => _maps.Add(obj, origins);

    /// <summary>The origins of <paramref name="obj"/>, or null for an object not recorded here.</summary>
    public OriginMap? Find(IKubernetesObject obj) => _maps.TryGetValue(obj, out var origins) ? origins : null;
}
