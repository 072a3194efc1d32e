namespace K8sTyped.ModelGen.Parsing;

/// <summary>An API group version whose kinds become model classes.</summary>
/// <param name="Group">The API group; empty for the core group.</param>
/// <param name="Version">The version, e.g. <c>v1</c>.</param>
/// <param name="DefinitionPrefix">The prefix of its definitions in the document, e.g. <c>io.k8s.api.apps.v1.</c>.</param>
internal sealed record SelectedGroupVersion(string Group, string Version, string DefinitionPrefix)
{
    /// <summary>The group versions the library models: the ones stateful applications and their operators use.</summary>
    public static IReadOnlyList<SelectedGroupVersion> All { get; } =
    [
        new("", "v1", "io.k8s.api.core.v1."),
        new("apps", "v1", "io.k8s.api.apps.v1."),
        new("batch", "v1", "io.k8s.api.batch.v1."),
        new("storage.k8s.io", "v1", "io.k8s.api.storage.v1."),
        new("networking.k8s.io", "v1", "io.k8s.api.networking.v1."),
        new("policy", "v1", "io.k8s.api.policy.v1."),
        new("rbac.authorization.k8s.io", "v1", "io.k8s.api.rbac.v1."),
        new("autoscaling", "v2", "io.k8s.api.autoscaling.v2."),
        new("scheduling.k8s.io", "v1", "io.k8s.api.scheduling.v1."),
        new("discovery.k8s.io", "v1", "io.k8s.api.discovery.v1."),
        new("coordination.k8s.io", "v1", "io.k8s.api.coordination.v1."),
        new("node.k8s.io", "v1", "io.k8s.api.node.v1."),
    ];

    /// <summary>Every definition with this prefix is modelled, kind or not (ObjectMeta, ListMeta, Status...).</summary>
    public const string MetaDefinitionPrefix = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    /// <summary>Whether the group version is one the library models.</summary>
    public static bool Contains(string group, string version) =>
        All.Any(selected => selected.Group == group && selected.Version == version);
}
