using K8sTyped.Models;

namespace K8sTyped.Tests.Dsl;

public class StorageTests
{
    [Fact]
    public void Claims_take_modes_size_class_mode_selector_and_volume()
    {
        var volume = PersistentVolume.Named("pv-1");
        var claim = PersistentVolumeClaim.Named("data")
            .AccessModes([AccessMode.ReadWriteOnce, AccessMode.ReadOnlyMany])
            .Requesting("5Gi")
            .StorageClass(StorageClass.Named("fast"))
            .VolumeMode(VolumeMode.Filesystem)
            .Selecting(Labels.Of("disk", "ssd"))
            .BoundTo(volume)
            .Build();

        var spec = claim.Spec!;
        Assert.Equal(["ReadWriteOnce", "ReadOnlyMany"], spec.AccessModes!);
        Assert.Equal(Quantity.Parse("5Gi"), spec.Resources!.Requests!["storage"]);
        Assert.Equal("fast", spec.StorageClassName);
        Assert.Equal("Filesystem", spec.VolumeMode);
        Assert.Equal("ssd", spec.Selector!.MatchLabels!["disk"]);
        Assert.Equal("pv-1", spec.VolumeName);
    }

    [Fact]
    public void NoStorageClass_writes_an_explicit_empty_class_unlike_leaving_it_out()
    {
        Assert.Equal("", PersistentVolumeClaim.Named("a").NoStorageClass().Build().Spec!.StorageClassName);
        Assert.Null(PersistentVolumeClaim.Named("b").Requesting(Quantity.FromBytes(1024)).Build().Spec!.StorageClassName);
    }

    [Fact]
    public void Volumes_carry_capacity_policy_class_and_a_reservation_in_the_claims_namespace()
    {
        var claim = PersistentVolumeClaim.Named("data");
        var volume = PersistentVolume.Named("pv-1")
            .Capacity("100Gi")
            .AccessModes(AccessMode.ReadWriteOnce)
            .ReclaimPolicy(ReclaimPolicy.Retain)
            .StorageClass("manual")
            .VolumeMode(VolumeMode.Block)
            .Labeled(Labels.Of("disk", "ssd"))
            .ReservedFor(claim)
            .Nfs("nfs.example", "/exports/a", readOnly: true);
        Application.Named("app").InNamespace("db").Add(claim, volume);

        var model = volume.Build();

        Assert.Null(model.Metadata!.Namespace);
        Assert.Equal("ssd", model.Metadata.Labels!["disk"]);
        var spec = model.Spec!;
        Assert.Equal(Quantity.Parse("100Gi"), spec.Capacity!["storage"]);
        Assert.Equal(["ReadWriteOnce"], spec.AccessModes!);
        Assert.Equal("Retain", spec.PersistentVolumeReclaimPolicy);
        Assert.Equal("manual", spec.StorageClassName);
        Assert.Equal("Block", spec.VolumeMode);
        Assert.Equal(("db", "data"), (spec.ClaimRef!.Namespace, spec.ClaimRef.Name));
        Assert.Equal(("nfs.example", "/exports/a", (bool?)true), (spec.Nfs!.Server, spec.Nfs.Path, spec.Nfs.ReadOnly));
    }

    [Fact]
    public void Local_volumes_are_pinned_to_their_nodes_by_hostname()
    {
        var spec = PersistentVolume.Named("local-1").Local("/mnt/disks/ssd1", ["node-a", "node-b"]).Build().Spec!;

        Assert.Equal("/mnt/disks/ssd1", spec.Local!.Path);
        var requirement = Assert.Single(Assert.Single(spec.NodeAffinity!.Required!.NodeSelectorTerms!).MatchExpressions!);
        Assert.Equal("kubernetes.io/hostname", requirement.Key);
        Assert.Equal("In", requirement.Operator);
        Assert.Equal(["node-a", "node-b"], requirement.Values!);
        Assert.Throws<ArgumentException>(() => PersistentVolume.Named("x").Local("/mnt", []));
    }

    [Fact]
    public void Other_volume_sources_map_to_their_fields()
    {
        var hostPath = PersistentVolume.Named("a").HostPath("/data", HostPathType.DirectoryOrCreate).Build().Spec!.HostPath!;
        var unchecked_ = PersistentVolume.Named("a").HostPath("/data", HostPathType.Unchecked).Build().Spec!.HostPath!;
        var csi = PersistentVolume.Named("b").Csi("ebs.csi.aws.com", "vol-123", "ext4").Build().Spec!.Csi!;
        var ebs = PersistentVolume.Named("c").AwsElasticBlockStore("vol-456").Build().Spec!.AwsElasticBlockStore!;
        var gce = PersistentVolume.Named("d").GcePersistentDisk("disk-1", "xfs").Build().Spec!.GcePersistentDisk!;

        Assert.Equal(("/data", "DirectoryOrCreate"), (hostPath.Path, hostPath.Type));
        Assert.Equal("", unchecked_.Type);
        Assert.Equal(("ebs.csi.aws.com", "vol-123", "ext4"), (csi.Driver, csi.VolumeHandle, csi.FsType));
        Assert.Equal(("vol-456", (string?)null), (ebs.VolumeID, ebs.FsType));
        Assert.Equal(("disk-1", "xfs"), (gce.PdName, gce.FsType));
    }

    [Fact]
    public void Storage_classes_carry_provisioner_parameters_policies_and_the_default_annotation()
    {
        var model = StorageClass.Named("fast")
            .Provisioner("ebs.csi.aws.com")
            .Parameter("type", "gp3")
            .ReclaimPolicy(ReclaimPolicy.Delete)
            .VolumeBindingMode(VolumeBindingMode.WaitForFirstConsumer)
            .AllowVolumeExpansion()
            .AsDefault()
            .Build();

        Assert.Equal("storage.k8s.io/v1", model.ApiVersion);
        Assert.Equal("ebs.csi.aws.com", model.Provisioner);
        Assert.Equal("gp3", model.Parameters!["type"]);
        Assert.Equal("Delete", model.ReclaimPolicy);
        Assert.Equal("WaitForFirstConsumer", model.VolumeBindingMode);
        Assert.True(model.AllowVolumeExpansion);
        Assert.Equal("true", model.Metadata!.Annotations!["storageclass.kubernetes.io/is-default-class"]);
    }

    [Fact]
    public void Cluster_scoped_objects_never_get_the_application_namespace()
    {
        var app = Application.Named("app").InNamespace("db")
            .Add(StorageClass.Named("fast"), PersistentVolume.Named("pv"), Namespace.Named("db"), PersistentVolumeClaim.Named("data"));

        var namespaces = app.Objects.ToDictionary(o => o.Kind!, o => ((IKubernetesObject<V1ObjectMeta>)o).Metadata!.Namespace);

        Assert.Null(namespaces["StorageClass"]);
        Assert.Null(namespaces["PersistentVolume"]);
        Assert.Null(namespaces["Namespace"]);
        Assert.Equal("db", namespaces["PersistentVolumeClaim"]);
    }
}
