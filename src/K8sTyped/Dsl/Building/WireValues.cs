namespace K8sTyped;

/// <summary>The exact strings the Kubernetes API uses for the DSL's enums; the only place they are spelled.</summary>
internal static class WireValues
{
    public static string ToWire(this AccessMode mode) => mode switch
    {
        AccessMode.ReadWriteOnce => "ReadWriteOnce",
        AccessMode.ReadOnlyMany => "ReadOnlyMany",
        AccessMode.ReadWriteMany => "ReadWriteMany",
        AccessMode.ReadWriteOncePod => "ReadWriteOncePod",
        _ => throw Undefined(mode),
    };

    public static string ToWire(this ReclaimPolicy policy) => policy switch
    {
        ReclaimPolicy.Retain => "Retain",
        ReclaimPolicy.Delete => "Delete",
        ReclaimPolicy.Recycle => "Recycle",
        _ => throw Undefined(policy),
    };

    public static string ToWire(this VolumeMode mode) => mode switch
    {
        VolumeMode.Filesystem => "Filesystem",
        VolumeMode.Block => "Block",
        _ => throw Undefined(mode),
    };

    public static string ToWire(this VolumeBindingMode mode) => mode switch
    {
        VolumeBindingMode.Immediate => "Immediate",
        VolumeBindingMode.WaitForFirstConsumer => "WaitForFirstConsumer",
        _ => throw Undefined(mode),
    };

    public static string ToWire(this PodManagementPolicy policy) => policy switch
    {
        PodManagementPolicy.OrderedReady => "OrderedReady",
        PodManagementPolicy.Parallel => "Parallel",
        _ => throw Undefined(policy),
    };

    public static string ToWire(this HostPathType type) => type switch
    {
        HostPathType.Unchecked => "",
        HostPathType.DirectoryOrCreate => "DirectoryOrCreate",
        HostPathType.Directory => "Directory",
        HostPathType.FileOrCreate => "FileOrCreate",
        HostPathType.File => "File",
        HostPathType.Socket => "Socket",
        HostPathType.CharDevice => "CharDevice",
        HostPathType.BlockDevice => "BlockDevice",
        _ => throw Undefined(type),
    };

    public static string ToWire(this Protocol protocol) => protocol switch
    {
        Protocol.Tcp => "TCP",
        Protocol.Udp => "UDP",
        Protocol.Sctp => "SCTP",
        _ => throw Undefined(protocol),
    };

    public static string ToWire(this ClaimRetention retention) => retention switch
    {
        ClaimRetention.Retain => "Retain",
        ClaimRetention.Delete => "Delete",
        _ => throw Undefined(retention),
    };

    public static string ToWire(this RestartPolicy policy) => policy switch
    {
        RestartPolicy.Always => "Always",
        RestartPolicy.OnFailure => "OnFailure",
        RestartPolicy.Never => "Never",
        _ => throw Undefined(policy),
    };

    public static string ToWire(this StorageMedium medium) => medium switch
    {
        StorageMedium.Default => "",
        StorageMedium.Memory => "Memory",
        _ => throw Undefined(medium),
    };

    public static string ToWire(this Topology topology) => topology switch
    {
        Topology.Hostname => "kubernetes.io/hostname",
        Topology.Zone => "topology.kubernetes.io/zone",
        _ => throw Undefined(topology),
    };

    public static string ToWire(this WhenUnsatisfiable action) => action switch
    {
        WhenUnsatisfiable.DoNotSchedule => "DoNotSchedule",
        WhenUnsatisfiable.ScheduleAnyway => "ScheduleAnyway",
        _ => throw Undefined(action),
    };

    public static string ToWire(this PullPolicy policy) => policy switch
    {
        PullPolicy.Always => "Always",
        PullPolicy.IfNotPresent => "IfNotPresent",
        PullPolicy.Never => "Never",
        _ => throw Undefined(policy),
    };

    public static string ToWire(this FsGroupChangePolicy policy) => policy switch
    {
        FsGroupChangePolicy.OnRootMismatch => "OnRootMismatch",
        FsGroupChangePolicy.Always => "Always",
        _ => throw Undefined(policy),
    };

    public static string ToWire(this TaintEffect effect) => effect switch
    {
        TaintEffect.NoSchedule => "NoSchedule",
        TaintEffect.PreferNoSchedule => "PreferNoSchedule",
        TaintEffect.NoExecute => "NoExecute",
        _ => throw Undefined(effect),
    };

    // Only reachable through a cast such as (AccessMode)42: a programming error worth a clear message.
    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value) where TEnum : struct, Enum =>
        new("value", value, $"{value} is not a defined {typeof(TEnum).Name}.");
}
