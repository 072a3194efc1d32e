using K8sTyped.Models;
using K8sTyped.Rules;

namespace K8sTyped.Tests.Rules.Changes;

/// <summary>Manifest sets whose objects have a deployed version: the previous build's, or a live one.</summary>
internal static class ChangeKit
{
    /// <summary>The manifests <paramref name="current"/>, built after a build that wrote <paramref name="previous"/>.</summary>
    public static ManifestSet AfterBuild(IKubernetesObject[] previous, params IKubernetesObject[] current) =>
        new(current, cluster: new ClusterProfile { PreviousManifests = previous });

    /// <summary>The manifests <paramref name="current"/>, applied to a cluster that holds <paramref name="live"/>.</summary>
    public static ManifestSet AgainstLive(IKubernetesObject[] live, params IKubernetesObject[] current) =>
        new(current, cluster: new ClusterProfile { Inventory = live });

    /// <summary>The objects of a YAML text, as <c>kubectl get -o yaml</c> prints them.</summary>
    public static IKubernetesObject[] FromYaml(string text)
    {
        var read = KubernetesYaml.Read(text);
        Assert.Empty(read.Errors);
        return [.. read.Objects];
    }
}
