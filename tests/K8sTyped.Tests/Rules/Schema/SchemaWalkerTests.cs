using K8sTyped.Models;
using K8sTyped.Rules.Schema;
using K8sTyped.Tests.Rules.Naming;

namespace K8sTyped.Tests.Rules.Schema;

public class SchemaWalkerTests
{
    [Fact]
    public void Paths_join_wire_names_with_dots_and_index_list_items()
    {
        var fields = SchemaWalker.Fields(ValidObjects.StatefulSet()).ToList();

        var name = Assert.Single(fields, f => f.Path == "spec.template.spec.containers[0].name");
        Assert.Equal("mariadb", name.Value);
        var port = Assert.Single(fields, f => f.Path == "spec.template.spec.containers[0].ports[0]");
        Assert.IsType<V1ContainerPort>(port.Value);
        Assert.Equal("ports", port.Property.JsonName);
    }

    [Fact]
    public void Map_entries_are_fields_keyed_by_their_key()
    {
        var fields = SchemaWalker.Fields(ValidObjects.StatefulSet()).ToList();

        var label = Assert.Single(fields, f => f.Path == "metadata.labels[app.kubernetes.io/name]");
        Assert.Equal("mariadb", label.Value);
    }

    [Fact]
    public void Unset_properties_are_reported_once_and_not_followed()
    {
        var set = ValidObjects.StatefulSet();
        set.Spec!.UpdateStrategy = null;

        var fields = SchemaWalker.Fields(set).ToList();

        Assert.Null(Assert.Single(fields, f => f.Path == "spec.updateStrategy").Value);
        Assert.DoesNotContain(fields, f => f.Path.StartsWith("spec.updateStrategy.", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_is_skipped()
    {
        var set = ValidObjects.StatefulSet();
        set.Status = new V1StatefulSetStatus { Replicas = 3 };

        Assert.DoesNotContain(SchemaWalker.Fields(set), f => f.Path == "status" || f.Path.StartsWith("status.", StringComparison.Ordinal));
    }
}
