namespace K8sTyped;

/// <summary>A port's network protocol (<c>protocol</c>).</summary>
public enum Protocol
{
    /// <summary><c>TCP</c>, the default.</summary>
    Tcp,

    /// <summary><c>UDP</c>.</summary>
    Udp,

    /// <summary><c>SCTP</c>.</summary>
    Sctp,
}
