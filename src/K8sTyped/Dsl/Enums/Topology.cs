namespace K8sTyped;

/// <summary>The failure domain replicas are spread over (a <c>topologyKey</c>).</summary>
public enum Topology
{
    /// <summary><c>kubernetes.io/hostname</c>: one node.</summary>
    Hostname,

    /// <summary><c>topology.kubernetes.io/zone</c>: one zone of the cloud or data centre.</summary>
    Zone,
}
