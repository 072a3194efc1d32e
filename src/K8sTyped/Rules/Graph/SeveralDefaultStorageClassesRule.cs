using K8sTyped.Validation;
using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2009: more than one StorageClass is marked default — among the manifests, or one of them besides the cluster's own
/// default (<see cref="ClusterProfile.HasDefaultStorageClass"/>). Claims without a class then get the most recently
/// created default (Kubernetes 1.26 and later) or are rejected by admission (earlier releases): either way not a choice
/// made here.
/// </summary>
internal sealed class SeveralDefaultStorageClassesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.SeveralDefaultStorageClasses;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var defaults = context.Manifests.OfType<V1StorageClass>()
            .Select(c => (Class: c, Annotation: DefaultStorageClass.MarkingKey(c)))
            .Where(x => x.Annotation is not null)
            .ToList();
        if (context.Manifests.Cluster.HasDefaultStorageClass == true)
        {
            // The cluster's default already exists, so every default added here makes one too many.
            foreach (var (storageClass, annotation) in defaults)
            {
                context.Report(
                    Descriptor, storageClass, $"metadata.annotations[{annotation}]",
                    $"StorageClass '{ManifestSet.NameOf(storageClass)}' is marked default, but the cluster already has a default " +
                    "StorageClass (ClusterProfile.HasDefaultStorageClass). A claim without storageClassName then gets the most " +
                    "recently created default (Kubernetes 1.26 and later), which depends on when each was created, while older " +
                    "clusters reject such claims (\"default StorageClasses were found\"). Remove the annotation here, or unmark " +
                    "the cluster's default when you apply this.");
            }

            return;
        }

        if (defaults.Count < 2) return;
        var names = string.Join(", ", defaults.Select(x => $"'{ManifestSet.NameOf(x.Class)}'"));
        // The first one stays unreported: it is the one to keep unless the user decides otherwise.
        foreach (var (storageClass, annotation) in defaults.Skip(1))
        {
            context.Report(
                Descriptor, storageClass, $"metadata.annotations[{annotation}]",
                $"StorageClass '{ManifestSet.NameOf(storageClass)}' is marked default, and so are {defaults.Count - 1} other classes " +
                $"of the manifests (defaults: {names}). A claim without storageClassName then gets the most recently created " +
                "default (Kubernetes 1.26 and later), which depends on apply order, while older clusters reject such claims " +
                "(\"default StorageClasses were found\"). Keep the annotation on one class only.");
        }
    }
}
