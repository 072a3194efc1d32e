using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1309: a hostPath PersistentVolume is a directory on whichever node the pod runs on; on a cluster with more than
/// one node, a pod moved to another node sees another, usually empty, directory.
/// </summary>
internal sealed class HostPathVolumeOnMultiNodeRule : ObjectRule<V1PersistentVolume>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.HostPathVolumeOnMultiNode;

    /// <inheritdoc />
    protected override void Analyze(V1PersistentVolume volume, RuleContext context)
    {
        var hostPath = volume.Spec?.HostPath;
        if (hostPath is null) return;
        var nodeCount = context.Manifests.Cluster.NodeCount;
        if (nodeCount <= 1) return;

        var cluster = nodeCount is { } count ? $"this cluster has {count} nodes" : "the node count is unknown, so several nodes are assumed";
        context.Report(
            Descriptor,
            volume,
            "spec.hostPath",
            $"PersistentVolume '{ManifestSet.NameOf(volume)}' is hostPath {hostPath.Path}, and {cluster}: the data stays on the node "
            + "where a pod first wrote it, and a pod scheduled elsewhere sees that node's own, different directory. "
            + "Use a local volume with nodeAffinity pinning it to one node, or a CSI driver; "
            + "if the cluster really has one node, set ClusterProfile.NodeCount = 1.");
    }
}
