using K8sTyped.Serialization;
using K8sTyped.Tests.Serialization.TestModels;

namespace K8sTyped.Tests.Serialization;

public class KubernetesObjectOrderTests
{
    [Fact]
    public void Known_kinds_follow_the_documented_ranking()
    {
        string[] documented =
        [
            "Namespace", "CustomResourceDefinition", "PriorityClass", "ResourceQuota", "LimitRange", "ServiceAccount",
            "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "ConfigMap", "Secret", "ClusterRole",
            "ClusterRoleBinding", "Role", "RoleBinding", "NetworkPolicy", "Service", "PodDisruptionBudget", "DaemonSet",
            "Pod", "ReplicaSet", "Deployment", "StatefulSet", "Job", "CronJob", "HorizontalPodAutoscaler", "IngressClass",
            "Ingress",
        ];
        var shuffled = documented.Reverse().Select(kind => new ObjectSortKey(kind, null, "x"));

        var sorted = KubernetesObjectOrder.SortBy(shuffled, key => key);

        Assert.Equal(documented, sorted.Select(key => key.Kind));
        Assert.Equal(documented.Length, KubernetesObjectOrder.RankOf("Widget"));
    }

    [Fact]
    public void Unknown_kinds_come_after_known_ones_ordered_by_kind_name()
    {
        var keys = new[] { Key("Zebra"), Key("Ingress"), Key("Alpaca"), Key("Namespace") };

        var sorted = KubernetesObjectOrder.SortBy(keys, key => key);

        Assert.Equal(["Namespace", "Ingress", "Alpaca", "Zebra"], sorted.Select(key => key.Kind));
    }

    [Fact]
    public void Within_a_kind_cluster_scoped_objects_come_first_then_by_namespace_then_by_name()
    {
        var keys = new[]
        {
            Key("Secret", "web", "b"), Key("Secret", "db", "z"), Key("Secret", null, "m"), Key("Secret", "web", "a"), Key("Secret", "", "c"),
        };

        var sorted = KubernetesObjectOrder.SortBy(keys, key => key);

        Assert.Equal(["/c", "/m", "db/z", "web/a", "web/b"], sorted.Select(key => $"{key.Namespace}/{key.Name}"));
    }

    [Fact]
    public void Exact_ties_keep_their_input_order()
    {
        var items = new[] { ("first", Key("Pod", "ns", "same")), ("second", Key("Pod", "ns", "same")), ("third", Key("Namespace", null, "ns")) };

        var sorted = KubernetesObjectOrder.SortBy(items, item => item.Item2);

        Assert.Equal(["third", "first", "second"], sorted.Select(item => item.Item1));
    }

    [Fact]
    public void Sort_key_is_read_from_the_objects_metadata_through_its_schema()
    {
        var config = new TestConfig { Metadata = new TestMeta { Name = "settings", Namespace = "web" } };

        Assert.Equal(new ObjectSortKey("TestConfig", "web", "settings"), ObjectSortKey.Of(config, TestConfig.Schema));
        Assert.Equal(new ObjectSortKey("TestConfig", null, null), ObjectSortKey.Of(new TestConfig { Kind = null }, TestConfig.Schema));
    }

    private static ObjectSortKey Key(string kind, string? ns = null, string? name = null) => new(kind, ns, name);
}
