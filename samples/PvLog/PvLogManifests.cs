using K8sTyped;
using K8sTyped.Rules;

namespace PvLog;

/// <summary>
/// Static provisioning on a single-node lab cluster: a hostPath PersistentVolume, a claim that can bind only to it,
/// and a Pod that writes its event log through the claim.
/// </summary>
public static class PvLogManifests
{
    /// <summary>
    /// The lab cluster has one node, which is the one case where a hostPath volume keeps its data when the pod moves.
    /// </summary>
    public static ClusterProfile Cluster { get; } = new() { NodeCount = 1 };

    public static Application Build()
    {
        var volume = PersistentVolume.Named("pv-log")
            .Capacity("100Mi")
            .AccessModes(AccessMode.ReadWriteMany)
            .ReclaimPolicy(ReclaimPolicy.Retain)
            .HostPath("/pv/log", HostPathType.DirectoryOrCreate);

        // "" binds only to a class-less volume such as pv-log; with no class at all the default class would provision one.
        var claim = PersistentVolumeClaim.Named("claim-log-one")
            .NoStorageClass()
            .AccessModes(AccessMode.ReadWriteMany)
            .Requesting("50Mi");

        var webapp = Pod.Named("webapp").Spec(pod => pod
            .Container("event-simulator", "kodekloud/event-simulator", c => c
                .Env("LOG_HANDLERS", "file")
                .Mount("log-volume", "/log"))
            .ClaimVolume("log-volume", claim));

        return Application.Named("pv-log").Add(volume, claim, webapp);
    }
}
