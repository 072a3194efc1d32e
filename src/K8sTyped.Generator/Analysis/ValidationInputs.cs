using K8sTyped.Generator.Parser;
using K8sTyped.Models;

namespace K8sTyped.Generator.Analysis;

/// <summary>What a class's validation reads besides its own evaluation, compared by reference: the same objects give the same findings.</summary>
internal sealed class ValidationInputs(IReadOnlyList<ClassEvaluation> otherClasses, IReadOnlyList<IKubernetesObject> inventory, IReadOnlyList<IKubernetesObject> previousManifests)
{
    private readonly IReadOnlyList<ClassEvaluation> _otherClasses = otherClasses;
    private readonly IReadOnlyList<IKubernetesObject> _inventory = inventory;
    private readonly IReadOnlyList<IKubernetesObject> _previousManifests = previousManifests;

    public bool AreSameAs(ValidationInputs other) =>
        SameReferences(_otherClasses, other._otherClasses)
        && SameReferences(_inventory, other._inventory)
        && SameReferences(_previousManifests, other._previousManifests);

    private static bool SameReferences<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        where T : class
    {
        if (left.Count != right.Count) return false;
        for (var i = 0; i < left.Count; i++)
        {
            if (!ReferenceEquals(left[i], right[i])) return false;
        }

        return true;
    }
}
