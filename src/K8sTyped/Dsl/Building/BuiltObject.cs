using K8sTyped.Models;
using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>
/// One freshly built model object with where its values came from and the values the DSL rejected; for a typed object
/// added to an application, <paramref name="Added"/> is the object as the caller added it (the copy's source).
/// </summary>
internal sealed record BuiltObject(IKubernetesObject Model, OriginMap Origins, IReadOnlyList<DslIssue> Issues, IKubernetesObject? Added = null);
