using System.Runtime.CompilerServices;
using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// Tells objects apart by identity: model objects are mutable and compare by reference anyway, but this says so, and two
/// reads of the same YAML give equal but distinct objects.
/// </summary>
internal sealed class ObjectIdentityComparer : IEqualityComparer<IKubernetesObject>
{
    public static readonly ObjectIdentityComparer Instance = new();

    public bool Equals(IKubernetesObject? x, IKubernetesObject? y) => ReferenceEquals(x, y);

    public int GetHashCode(IKubernetesObject obj) => RuntimeHelpers.GetHashCode(obj);
}
