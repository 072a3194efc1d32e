using K8sTyped.Models;
using K8sTyped.Rules.Storage;

namespace K8sTyped.Tests.Rules.Storage;

public class PersistentVolumeSourcesTests
{
    [Fact]
    public void Every_volume_source_of_the_schema_is_listed_and_binding_fields_are_not()
    {
        string[] expected =
        [
            "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "csi", "fc", "flexVolume", "flocker",
            "gcePersistentDisk", "glusterfs", "hostPath", "iscsi", "local", "nfs", "photonPersistentDisk", "portworxVolume",
            "quobyte", "rbd", "scaleIO", "storageos", "vsphereVolume",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), PersistentVolumeSources.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Present_names_the_sources_a_spec_sets()
    {
        var spec = new V1PersistentVolumeSpec
        {
            Nfs = new V1NFSVolumeSource { Server = "nfs", Path = "/export" },
            Local = new V1LocalVolumeSource { Path = "/mnt/disk" },
            ClaimRef = new V1ObjectReference { Name = "data" },
        };

        Assert.Equal(["local", "nfs"], PersistentVolumeSources.Present(spec));
        Assert.Empty(PersistentVolumeSources.Present(new V1PersistentVolumeSpec()));
    }
}
