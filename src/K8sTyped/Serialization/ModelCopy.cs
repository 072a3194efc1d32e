using K8sTyped.Models;

namespace K8sTyped.Serialization;

/// <summary>
/// Deep copies of model objects, made through the same tree the YAML is written from: the copy writes exactly the
/// YAML the original writes, and editing it never touches the original.
/// </summary>
internal static class ModelCopy
{
    /// <summary>A deep copy of <paramref name="model"/>.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written (e.g. a null list item); the message names its field path.</exception>
    /// <exception cref="ArgumentException">The object's type is not part of the model.</exception>
    public static IKubernetesObject Of(IKubernetesObject model)
    {
        var schema = ModelCatalog.Get(model.GetType());
        var tree = ModelWriter.WriteObject(model, schema);
        // What the writer wrote always reads back: lenient, so nothing the writer accepts is refused.
        return (IKubernetesObject)new ModelReader(new ReadDiagnostics(null), strict: false).ReadObject(tree, schema, FieldPath.Root)!;
    }
}
