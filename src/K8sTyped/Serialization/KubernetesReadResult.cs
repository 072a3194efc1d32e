using K8sTyped.Models;

namespace K8sTyped.Serialization;

/// <summary>What <see cref="KubernetesYaml.Read"/> found: every object it could build and every problem, in text order.</summary>
public sealed class KubernetesReadResult
{
    /// <summary>Creates a result.</summary>
    public KubernetesReadResult(IReadOnlyList<IKubernetesObject> objects, IReadOnlyList<KubernetesReadError> errors)
    {
        Objects = objects ?? throw new ArgumentNullException(nameof(objects));
        Errors = errors ?? throw new ArgumentNullException(nameof(errors));
    }

    /// <summary>The objects, in document order. An object with bad fields is still here, without those fields.</summary>
    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>The errors and warnings.</summary>
    public IReadOnlyList<KubernetesReadError> Errors { get; }

    /// <summary>True when there are no errors (warnings allowed).</summary>
    public bool Succeeded => Errors.All(error => error.Severity != KubernetesReadSeverity.Error);
}
