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
        SameInstances.InOrder(_otherClasses, other._otherClasses)
        && SameInstances.InOrder(_inventory, other._inventory)
        && SameInstances.InOrder(_previousManifests, other._previousManifests);
}
