using K8sTyped.Models;
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
}
