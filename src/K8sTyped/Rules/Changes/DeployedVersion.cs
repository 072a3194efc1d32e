using K8sTyped.Models;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// An object as it is (most likely) deployed: the live object of the cluster inventory, or the object the previous
/// build wrote.
/// </summary>
/// <param name="Object">The deployed object, of the same model type, kind, namespace and name as the current one.</param>
/// <param name="IsLive">
/// Whether it came from the cluster inventory (<c>kubectl get -o yaml</c>). A live object also holds what the API
/// server filled in (defaults, allocated values), so a value it has and the current object leaves unset is not a change:
/// applying keeps it.
/// </param>
internal sealed record DeployedVersion(IKubernetesObject Object, bool IsLive)
{
    /// <summary>Where the deployed version was found, for messages.</summary>
    public string Source => IsLive ? "in the cluster inventory" : "in the previous build's manifests";
}
