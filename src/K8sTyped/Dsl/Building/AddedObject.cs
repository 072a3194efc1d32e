using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped;

/// <summary>
/// A typed model object added to an <see cref="Application"/> beside its DSL resources. Every build copies it and
/// gives the copy the application's namespace and common labels as a DSL resource gets them, so building never
/// changes the object the caller holds.
/// </summary>
internal sealed class AddedObject(IKubernetesObject model, CallSite? site)
{
    /// <summary>The object as the caller added it.</summary>
    public IKubernetesObject Model { get; } = model;

    /// <summary>A fresh copy with <paramref name="owner"/>'s namespace and common labels, and where they came from.</summary>
    public BuiltObject Build(Application owner)
    {
        var copy = ModelCopy.Of(Model);
        var origins = new OriginMap();
        var writer = new BuildWriter(origins, []);
        if (site is not null) writer.Record("", site);
        if (copy is IKubernetesObject<V1ObjectMeta> withMetadata)
        {
            var metadata = withMetadata.Metadata ??= new V1ObjectMeta();
            if (string.IsNullOrEmpty(metadata.Namespace) && owner.DefaultNamespace is { } @namespace && !KubernetesScopes.IsClusterScoped(copy.Kind ?? ""))
            {
                metadata.Namespace = @namespace;
                if (owner.DefaultNamespaceSite is { } namespaceSite) writer.Record("metadata.namespace", namespaceSite, "namespace");
            }

            // Only common labels need the template's metadata: without them the object is written as given.
            var template = owner.CommonLabels.Count > 0 ? PodTemplateMetadata(copy) : null;
            // Latest call first, so a key given twice keeps the value of the later WithLabels; the object's own labels win.
            foreach (var (labels, labelsSite) in owner.CommonLabels.Reverse())
            {
                ModelEdits.AddMissingLabels(metadata, labels, writer.At("metadata"), labelsSite, nameof(labels));
                if (template is var (templateMetadata, path))
                    ModelEdits.AddMissingLabels(templateMetadata, labels, writer.At(path), labelsSite, nameof(labels));
            }
        }

        return new BuiltObject(copy, origins, [], Model);
    }

    // The pod template's metadata of the kinds that stamp out pods (those WorkloadQueries knows), created when the template has none.
    private static (V1ObjectMeta Metadata, string Path)? PodTemplateMetadata(IKubernetesObject model)
    {
        var (template, path) = model switch
        {
            V1StatefulSet s => (s.Spec?.Template, "spec.template.metadata"),
            V1Deployment d => (d.Spec?.Template, "spec.template.metadata"),
            V1DaemonSet d => (d.Spec?.Template, "spec.template.metadata"),
            V1ReplicaSet r => (r.Spec?.Template, "spec.template.metadata"),
            V1Job j => (j.Spec?.Template, "spec.template.metadata"),
            V1CronJob c => (c.Spec?.JobTemplate?.Spec?.Template, "spec.jobTemplate.spec.template.metadata"),
            _ => ((V1PodTemplateSpec?)null, ""),
        };
        return template is null ? null : (template.Metadata ??= new V1ObjectMeta(), path);
    }
}
