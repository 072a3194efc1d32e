using K8sTyped.Models;
using K8sTyped.Serialization;

namespace K8sTyped.Tests.Models;

public class SeedKindTests
{
    [Theory]
    [InlineData(typeof(V1Namespace), "v1", "Namespace")]
    [InlineData(typeof(V1Pod), "v1", "Pod")]
    [InlineData(typeof(V1Service), "v1", "Service")]
    [InlineData(typeof(V1PersistentVolume), "v1", "PersistentVolume")]
    [InlineData(typeof(V1PersistentVolumeClaim), "v1", "PersistentVolumeClaim")]
    [InlineData(typeof(V1StorageClass), "storage.k8s.io/v1", "StorageClass")]
    [InlineData(typeof(V1StatefulSet), "apps/v1", "StatefulSet")]
    [InlineData(typeof(V1Deployment), "apps/v1", "Deployment")]
    [InlineData(typeof(V1Secret), "v1", "Secret")]
    [InlineData(typeof(V1ConfigMap), "v1", "ConfigMap")]
    public void Seed_kind_is_complete_when_created_and_registered(Type modelType, string apiVersion, string kind)
    {
        var created = Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(Activator.CreateInstance(modelType));
        Assert.Equal(apiVersion, created.ApiVersion);
        Assert.Equal(kind, created.Kind);

        var schema = ModelCatalog.Get(modelType);
        Assert.Equal(apiVersion, schema.ApiVersion);
        Assert.Equal(kind, schema.Kind);
        Assert.Same(schema, ModelCatalog.FindKind(apiVersion, kind));
    }

    [Fact]
    public void Kind_constants_split_the_api_version_into_group_and_version()
    {
        Assert.Equal(("storage.k8s.io/v1", "StorageClass", "storage.k8s.io", "v1"),
            (V1StorageClass.KubeApiVersion, V1StorageClass.KubeKind, V1StorageClass.KubeGroup, V1StorageClass.KubeVersion));
        Assert.Equal(("v1", "Pod", "", "v1"), (V1Pod.KubeApiVersion, V1Pod.KubeKind, V1Pod.KubeGroup, V1Pod.KubeVersion));
        Assert.Equal("autoscaling/v2", V2HorizontalPodAutoscaler.KubeApiVersion);
    }

    [Fact]
    public void List_kinds_carry_list_metadata()
    {
        var list = new V1PodList { Metadata = new V1ListMeta { ResourceVersion = "42" } };
        IKubernetesObject<V1ListMeta> listObject = list;
        Assert.Equal("42", listObject.Metadata?.ResourceVersion);
        Assert.Equal("PodList", list.Kind);
    }
}
