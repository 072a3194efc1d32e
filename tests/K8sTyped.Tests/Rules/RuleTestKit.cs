using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;

namespace K8sTyped.Tests.Rules;

/// <summary>Runs the engine over a handful of objects and picks out one rule's findings.</summary>
internal static class RuleTestKit
{
    public static IReadOnlyList<Diagnostic> Findings(string id, params IKubernetesObject[] objects) =>
        Findings(id, new ManifestSet(objects));

    public static IReadOnlyList<Diagnostic> Findings(string id, ManifestSet manifests) =>
        RuleEngine.Validate(manifests).Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>Asserts exactly one finding of <paramref name="id"/> on <paramref name="objectName"/> at <paramref name="path"/>.</summary>
    public static Diagnostic Single(string id, string objectName, string path, params IKubernetesObject[] objects) =>
        Single(id, objectName, path, new ManifestSet(objects));

    public static Diagnostic Single(string id, string objectName, string path, ManifestSet manifests)
    {
        var findings = Findings(id, manifests);
        var finding = Assert.Single(findings);
        Assert.Equal(objectName, finding.Object?.Name);
        Assert.Equal(path, finding.Path);
        return finding;
    }

    public static void None(string id, params IKubernetesObject[] objects) => Assert.Empty(Findings(id, objects));

    public static void None(string id, ManifestSet manifests) => Assert.Empty(Findings(id, manifests));

    /// <summary>The manifests <paramref name="objects"/> applied to a cluster that already holds <paramref name="inventory"/>.</summary>
    public static ManifestSet OnCluster(IKubernetesObject[] inventory, params IKubernetesObject[] objects) =>
        new(objects, cluster: new ClusterProfile { Inventory = inventory });

    /// <summary>
    /// The objects as a manifest set in which each object was set, as a whole, at its own line of <c>test.cs</c>: the
    /// origin of any path of an object is that line.
    /// </summary>
    public static ManifestSet WithLines(ClusterProfile? cluster, params (IKubernetesObject Object, int Line)[] objects)
    {
        var origins = objects.ToDictionary(
            o => o.Object,
            o =>
            {
                var map = new OriginMap();
                map.Record("", new CallSite("test.cs", o.Line));
                return map;
            });
        return new ManifestSet(objects.Select(o => o.Object), o => origins.TryGetValue(o, out var map) ? map : null, cluster: cluster);
    }

    /// <summary>The lines of a finding's related origins, in order.</summary>
    public static IReadOnlyList<int> RelatedLines(Diagnostic finding) => finding.RelatedOrigins.Select(o => o.Line).ToList();
}
