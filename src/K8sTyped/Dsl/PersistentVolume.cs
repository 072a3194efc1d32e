using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// A PersistentVolume: a piece of storage made available to claims. Give it exactly one source (<see cref="HostPath"/>,
/// <see cref="Nfs"/>, <see cref="Local(string, string, string, int)"/>, <see cref="Csi"/>, …).
/// </summary>
public sealed class PersistentVolume : Resource<PersistentVolume, V1PersistentVolume>
{
    /// <summary>The node label that <see cref="Local(string, string, string, int)"/> pins volumes with.</summary>
    private const string HostnameLabel = "kubernetes.io/hostname";

    private PersistentVolume(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1PersistentVolume.KubeKind;

    /// <summary>A volume named <paramref name="name"/>.</summary>
    public static PersistentVolume Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>The volume's size, e.g. <c>"100Gi"</c> (<c>spec.capacity.storage</c>); invalid text is reported as KT0002.</summary>
    public PersistentVolume Capacity(string size, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Capacity(QuantityArgument.Parse(size, nameof(size)), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>The volume's size (<c>spec.capacity.storage</c>).</summary>
    public PersistentVolume Capacity(Quantity size, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Capacity(QuantityArgument.Of(size), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>How the volume can be mounted (<c>spec.accessModes</c>).</summary>
    public PersistentVolume AccessModes(AccessMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = ClaimSpecEdits.ToWire([mode], nameof(mode));
        return SetSpec(spec => spec.AccessModes = [.. wire], "accessModes", nameof(mode), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>How the volume can be mounted (<c>spec.accessModes</c>).</summary>
    public PersistentVolume AccessModes(IEnumerable<AccessMode> modes, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = ClaimSpecEdits.ToWire(modes, nameof(modes));
        return SetSpec(spec => spec.AccessModes = [.. wire], "accessModes", nameof(modes), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>What happens to the volume when its claim is released (<c>spec.persistentVolumeReclaimPolicy</c>).</summary>
    public PersistentVolume ReclaimPolicy(ReclaimPolicy policy, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = policy.ToWire();
        return SetSpec(spec => spec.PersistentVolumeReclaimPolicy = wire, "persistentVolumeReclaimPolicy", nameof(policy), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Offers the volume to claims of <paramref name="storageClass"/> (<c>spec.storageClassName</c>).</summary>
    public PersistentVolume StorageClass(StorageClass storageClass, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var className = Require.NotNull(storageClass, nameof(storageClass)).Name;
        return SetSpec(spec => spec.StorageClassName = className, "storageClassName", nameof(storageClass), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Offers the volume to claims of the class named <paramref name="storageClassName"/> (<c>spec.storageClassName</c>).</summary>
    public PersistentVolume StorageClass(string storageClassName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(storageClassName, nameof(storageClassName));
        return SetSpec(spec => spec.StorageClassName = storageClassName, "storageClassName", nameof(storageClassName), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Offers a filesystem or a raw block device (<c>spec.volumeMode</c>).</summary>
    public PersistentVolume VolumeMode(VolumeMode mode, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = mode.ToWire();
        return SetSpec(spec => spec.VolumeMode = wire, "volumeMode", nameof(mode), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>
    /// Reserves the volume for <paramref name="claim"/> (<c>spec.claimRef</c> with the claim's namespace and name), so
    /// no other claim binds it first.
    /// </summary>
    public PersistentVolume ReservedFor(PersistentVolumeClaim claim, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(claim, nameof(claim));
        var site = CallSite.Capture(callerFilePath, callerLine);
        // The claim's namespace is read at build time: its application may assign it after this call.
        return EditSpec((spec, writer) =>
        {
            spec.ClaimRef = new V1ObjectReference { Namespace = claim.Namespace, Name = claim.Name };
            writer.Record("claimRef", site, nameof(claim));
        });
    }

    /// <summary>Source: a directory or file on the node (<c>spec.hostPath</c>), for single-node clusters and tests.</summary>
    public PersistentVolume HostPath(string path, HostPathType? type = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(path, nameof(path));
        var wireType = type?.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.HostPath = new V1HostPathVolumeSource { Path = path, Type = wireType };
            writer.Record("hostPath", site);
            writer.Record("hostPath.path", site, nameof(path));
            if (wireType is not null) writer.Record("hostPath.type", site, nameof(type));
        });
    }

    /// <summary>Source: an NFS export (<c>spec.nfs</c>).</summary>
    public PersistentVolume Nfs(string server, string path, bool readOnly = false, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(server, nameof(server));
        Require.NotEmpty(path, nameof(path));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.Nfs = new V1NFSVolumeSource { Server = server, Path = path, ReadOnly = readOnly ? true : null };
            writer.Record("nfs", site);
            writer.Record("nfs.server", site, nameof(server));
            writer.Record("nfs.path", site, nameof(path));
            if (readOnly) writer.Record("nfs.readOnly", site, nameof(readOnly));
        });
    }

    /// <summary>Source: a local disk at <paramref name="path"/> on the node <paramref name="nodeName"/> (<c>spec.local</c> and the required <c>spec.nodeAffinity</c>).</summary>
    public PersistentVolume Local(string path, string nodeName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetLocal(path, [Require.NotEmpty(nodeName, nameof(nodeName))], nameof(nodeName), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Source: a local disk at <paramref name="path"/> on any of <paramref name="nodeNames"/> (<c>spec.local</c> and the required <c>spec.nodeAffinity</c> on <c>kubernetes.io/hostname</c>).</summary>
    public PersistentVolume Local(string path, IEnumerable<string> nodeNames, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var nodes = Require.NotNull(nodeNames, nameof(nodeNames)).ToArray();
        if (nodes.Length == 0 || nodes.Any(string.IsNullOrEmpty))
            throw new ArgumentException("A local volume needs the names of the nodes its disk is on, none of them empty.", nameof(nodeNames));
        return SetLocal(path, nodes, nameof(nodeNames), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Source: an existing volume of a CSI driver (<c>spec.csi</c>).</summary>
    public PersistentVolume Csi(string driver, string volumeHandle, string? fsType = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(driver, nameof(driver));
        Require.NotEmpty(volumeHandle, nameof(volumeHandle));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.Csi = new V1CSIPersistentVolumeSource { Driver = driver, VolumeHandle = volumeHandle, FsType = fsType };
            writer.Record("csi", site);
            writer.Record("csi.driver", site, nameof(driver));
            writer.Record("csi.volumeHandle", site, nameof(volumeHandle));
            if (fsType is not null) writer.Record("csi.fsType", site, nameof(fsType));
        });
    }

    /// <summary>Source: an AWS EBS volume (<c>spec.awsElasticBlockStore</c>; deprecated in favour of the EBS CSI driver).</summary>
    public PersistentVolume AwsElasticBlockStore(string volumeId, string? fsType = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(volumeId, nameof(volumeId));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.AwsElasticBlockStore = new V1AWSElasticBlockStoreVolumeSource { VolumeID = volumeId, FsType = fsType };
            writer.Record("awsElasticBlockStore", site);
            writer.Record("awsElasticBlockStore.volumeID", site, nameof(volumeId));
            if (fsType is not null) writer.Record("awsElasticBlockStore.fsType", site, nameof(fsType));
        });
    }

    /// <summary>Source: a GCE persistent disk (<c>spec.gcePersistentDisk</c>; deprecated in favour of the GCE PD CSI driver).</summary>
    public PersistentVolume GcePersistentDisk(string pdName, string? fsType = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(pdName, nameof(pdName));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.GcePersistentDisk = new V1GCEPersistentDiskVolumeSource { PdName = pdName, FsType = fsType };
            writer.Record("gcePersistentDisk", site);
            writer.Record("gcePersistentDisk.pdName", site, nameof(pdName));
            if (fsType is not null) writer.Record("gcePersistentDisk.fsType", site, nameof(fsType));
        });
    }

    private PersistentVolume SetLocal(string path, string[] nodes, string nodesParameter, CallSite site)
    {
        Require.NotEmpty(path, nameof(path));
        return EditSpec((spec, writer) =>
        {
            spec.Local = new V1LocalVolumeSource { Path = path };
            spec.NodeAffinity = new V1VolumeNodeAffinity
            {
                Required = new V1NodeSelector
                {
                    NodeSelectorTerms =
                    [
                        new V1NodeSelectorTerm
                        {
                            MatchExpressions = [new V1NodeSelectorRequirement { Key = HostnameLabel, Operator = "In", Values = [.. nodes] }],
                        },
                    ],
                },
            };
            writer.Record("local", site);
            writer.Record("local.path", site, nameof(path));
            writer.Record("nodeAffinity", site, nodesParameter);
        });
    }

    private PersistentVolume Capacity(QuantityArgument size, CallSite site) =>
        EditSpec((spec, writer) => ModelEdits.SetQuantity(
            () => spec.Capacity ??= new Dictionary<string, Quantity>(StringComparer.Ordinal), "storage", size, writer, "capacity", site, nameof(size)));

    private PersistentVolume SetSpec(Action<V1PersistentVolumeSpec> set, string path, string parameterName, CallSite site) =>
        EditSpec((spec, writer) =>
        {
            set(spec);
            writer.Record(path, site, parameterName);
        });

    private PersistentVolume EditSpec(Action<V1PersistentVolumeSpec, BuildWriter> step) =>
        Edit((volume, writer) => step(volume.Spec ??= new V1PersistentVolumeSpec(), writer.At("spec")));
}
