using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;

namespace K8sTyped.Serialization;

/// <summary>What <see cref="KubernetesYaml.Read"/> found: every object it could build and every problem, in text order.</summary>
public sealed class KubernetesReadResult
{
    private readonly Func<IKubernetesObject, OriginMap?> _origins;

    /// <summary>Creates a result.</summary>
    public KubernetesReadResult(IReadOnlyList<IKubernetesObject> objects, IReadOnlyList<KubernetesReadError> errors)
        : this(objects, errors, static _ => null)
    {
    }

    internal KubernetesReadResult(
        IReadOnlyList<IKubernetesObject> objects, IReadOnlyList<KubernetesReadError> errors, Func<IKubernetesObject, OriginMap?> origins)
    {
        Objects = objects ?? throw new ArgumentNullException(nameof(objects));
        Errors = errors ?? throw new ArgumentNullException(nameof(errors));
        _origins = origins;
    }

    /// <summary>The objects, in document order. An object with bad fields is still here, without those fields.</summary>
    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>The errors and warnings.</summary>
    public IReadOnlyList<KubernetesReadError> Errors { get; }

    /// <summary>True when there are no errors (warnings allowed).</summary>
    public bool Succeeded => Errors.All(error => error.Severity != KubernetesReadSeverity.Error);

    /// <summary>Where each value of <paramref name="obj"/> was in the text (file, line, column), by field path; null for an object not read here.</summary>
    public OriginMap? OriginsOf(IKubernetesObject obj) => _origins(obj);

    /// <summary>
    /// The objects as rules see them, with their origins, so <see cref="RuleEngine.Validate"/> reports every finding at
    /// the file, line and column of the offending value.
    /// </summary>
    public ManifestSet ToManifestSet(ExternalObjects? externals = null, ClusterProfile? cluster = null) =>
        new(Objects, _origins, externals, cluster);
}
