using K8sTyped.Models;
using K8sTyped.Rules;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>What a kind's importer may know about the rest of the import: the application's namespace and the other objects.</summary>
internal sealed class ImportScope(IReadOnlyList<ImportedObject> objects, string? applicationNamespace)
{
    public string? ApplicationNamespace { get; } = applicationNamespace;

    /// <summary>
    /// An imported object of <paramref name="kind"/> named <paramref name="name"/> (in the namespace of <paramref name="from"/>
    /// unless the kind is cluster-scoped) that is written with the DSL, so a call can refer to it.
    /// </summary>
    public ImportedObject? Resource(string kind, string? name, ImportedObject from) =>
        name is null ? null : objects.FirstOrDefault(o => o.Plan is not null && o.Kind == kind && o.Name == name
            && (KubernetesScopes.IsClusterScoped(kind) || o.Namespace == from.Namespace));

    /// <summary>The imported claim written with the DSL that ends up named <paramref name="name"/> in <paramref name="namespace"/> (its own namespace or the application's).</summary>
    public ImportedObject? Claim(string name, string? @namespace) =>
        objects.FirstOrDefault(o => o.Plan is not null && o.Kind == V1PersistentVolumeClaim.KubeKind && o.Name == name
            && (o.Namespace ?? ApplicationNamespace) == @namespace);

    /// <summary>The imported StatefulSets and Deployments written with the DSL in <paramref name="from"/>'s namespace, with their selectors.</summary>
    public IEnumerable<(ImportedObject Object, V1LabelSelector? Selector)> Workloads(ImportedObject from) =>
        objects.Where(o => o.Plan is not null && o.Namespace == from.Namespace).Select(o => o.Model switch
        {
            V1StatefulSet set => (o, set.Spec?.Selector),
            V1Deployment deployment => (o, deployment.Spec?.Selector),
            _ => (o, (V1LabelSelector?)null),
        }).Where(w => w.Item2 is not null);

    /// <summary>The DSL calls every resource shares: its own namespace (when not the application's), labels and annotations.</summary>
    public IEnumerable<DslCall<TResource>> MetadataCalls<TResource, TModel>(ImportedObject obj, IReadOnlySet<string>? annotationsHandled = null)
        where TResource : Resource<TResource, TModel>
        where TModel : class, IKubernetesObject<V1ObjectMeta>, new()
    {
        var metadata = obj.Metadata;
        if (metadata?.Labels is { Count: > 0 } labels)
        {
            var set = LabelsOf(labels);
            yield return new DslCall<TResource>("Labeled", [new LabelsArgument(set)], r => r.Labeled(set));
        }

        foreach (var (key, value) in (metadata?.Annotations ?? new Dictionary<string, string>()).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (annotationsHandled?.Contains(key) == true) continue;
            yield return new DslCall<TResource>("Annotation", [Argument.String(key), Argument.String(value)], r => r.Annotation(key, value));
        }
    }

    /// <summary><c>InNamespace(...)</c> when the object's namespace is not the one the application gives it.</summary>
    public IEnumerable<DslCall<TResource>> NamespaceCalls<TResource, TModel>(ImportedObject obj)
        where TResource : NamespacedResource<TResource, TModel>
        where TModel : class, IKubernetesObject<V1ObjectMeta>, new()
    {
        if (obj.Namespace is { Length: > 0 } ns && ns != ApplicationNamespace)
            yield return new DslCall<TResource>("InNamespace", [Argument.String(ns)], r => r.InNamespace(ns));
    }

    public static Labels LabelsOf(IDictionary<string, string> labels) =>
        labels.Aggregate(Labels.None, (set, label) => set.And(label.Key, label.Value));
}
