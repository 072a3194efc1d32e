using K8sTyped.Validation;
using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2009: more than one StorageClass is marked default — among the manifests, or one of them besides the cluster's own
/// default (a default class of the cluster inventory, or <see cref="ClusterProfile.HasDefaultStorageClass"/>). Claims
/// without a class then get the most recently created default (Kubernetes 1.26 and later) or are rejected by admission
/// (earlier releases): either way not a choice made here. Only classes of the manifests are reported, each with the
/// other defaults as related.
/// </summary>
internal sealed class SeveralDefaultStorageClassesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.SeveralDefaultStorageClasses;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var defaults = Defaults(context.Manifests.OfType<V1StorageClass>());
        if (defaults.Count == 0) return;
        var inCluster = Defaults(context.Inventory.OfType<V1StorageClass>());
        if (inCluster.Count > 0 || context.Manifests.Cluster.HasDefaultStorageClass == true)
        {
            var existing = inCluster.Count > 0
                ? $"the cluster already has the default StorageClass {Names(inCluster)}{ClusterInventory.Mark}"
                : "the cluster already has a default StorageClass (ClusterProfile.HasDefaultStorageClass)";
            // The cluster's default already exists, so every default added here makes one too many.
            foreach (var (storageClass, annotation) in defaults)
            {
                context.Report(
                    Descriptor, storageClass, $"metadata.annotations[{annotation}]",
                    $"StorageClass '{ManifestSet.NameOf(storageClass)}' is marked default, but {existing}. A claim without storageClassName then gets the most " +
                    "recently created default (Kubernetes 1.26 and later), which depends on when each was created, while older " +
                    "clusters reject such claims (\"default StorageClasses were found\"). Remove the annotation here, or unmark " +
                    "the cluster's default when you apply this.",
                    related: [.. Related(defaults.Concat(inCluster), storageClass)]);
            }

            return;
        }

        if (defaults.Count < 2) return;
        // The first one stays unreported: it is the one to keep unless the user decides otherwise.
        foreach (var (storageClass, annotation) in defaults.Skip(1))
        {
            context.Report(
                Descriptor, storageClass, $"metadata.annotations[{annotation}]",
                $"StorageClass '{ManifestSet.NameOf(storageClass)}' is marked default, and so are {defaults.Count - 1} other classes " +
                $"of the manifests (defaults: {Names(defaults)}). A claim without storageClassName then gets the most recently created " +
                "default (Kubernetes 1.26 and later), which depends on apply order, while older clusters reject such claims " +
                "(\"default StorageClasses were found\"). Keep the annotation on one class only.",
                related: [.. Related(defaults, storageClass)]);
        }
    }

    private static List<(V1StorageClass Class, string Annotation)> Defaults(IEnumerable<V1StorageClass> classes) =>
        classes
            .Select(c => (Class: c, Annotation: DefaultStorageClass.MarkingKey(c)))
            .Where(x => x.Annotation is not null)
            .Select(x => (x.Class, x.Annotation!))
            .ToList();

    private static string Names(IEnumerable<(V1StorageClass Class, string Annotation)> defaults) =>
        string.Join(", ", defaults.Select(x => $"'{ManifestSet.NameOf(x.Class)}'"));

    private static IEnumerable<(IKubernetesObject Object, string Path)> Related(
        IEnumerable<(V1StorageClass Class, string Annotation)> defaults, V1StorageClass reported) =>
        defaults.Where(x => !ReferenceEquals(x.Class, reported)).Select(x => ((IKubernetesObject)x.Class, $"metadata.annotations[{x.Annotation}]"));
}
