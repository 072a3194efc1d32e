using System.Runtime.CompilerServices;
using K8sTyped.Models;

namespace K8sTyped.Origins;

/// <summary>
/// Which <see cref="OriginMap"/> belongs to which object, by reference (objects are mutable and have no identity of
/// their own); <see cref="Find"/> is the lookup a <c>ManifestSet</c> takes.
/// </summary>
/// <remarks>
/// A dictionary, not a weak table: whoever holds the table holds the objects too, and a weak table's handle per object
/// slows every garbage collection of a read of thousands of objects.
/// </remarks>
internal sealed class OriginTable
{
    private readonly Dictionary<IKubernetesObject, OriginMap> _maps = new(IdentityComparer.Instance);

    /// <summary>Records the origins of <paramref name="obj"/>.</summary>
    /// <exception cref="ArgumentException">The origins of <paramref name="obj"/> are already recorded.</exception>
    public void Add(IKubernetesObject obj, OriginMap origins) => _maps.Add(obj, origins);

    /// <summary>The origins of <paramref name="obj"/>, or null for an object not recorded here.</summary>
    public OriginMap? Find(IKubernetesObject obj) => _maps.TryGetValue(obj, out var origins) ? origins : null;

    private sealed class IdentityComparer : IEqualityComparer<IKubernetesObject>
    {
        public static readonly IdentityComparer Instance = new();

        public bool Equals(IKubernetesObject? x, IKubernetesObject? y) => ReferenceEquals(x, y);

        public int GetHashCode(IKubernetesObject obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
