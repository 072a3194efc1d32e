using K8sTyped.Models;

namespace K8sTyped.Serialization;

/// <summary>What <see cref="KubernetesObjectOrder"/> sorts an object by.</summary>
/// <param name="Kind">The object's kind.</param>
/// <param name="Namespace">metadata.namespace; null or empty for cluster-scoped objects.</param>
/// <param name="Name">metadata.name.</param>
internal readonly record struct ObjectSortKey(string? Kind, string? Namespace, string? Name)
{
    /// <summary>The sort key of a model object of any generated type.</summary>
    public static ObjectSortKey Of(IKubernetesObject obj) => Of(obj, ModelCatalog.Get(obj.GetType()));

    /// <summary>Reads the key of a model object through its schema (kind from the object, else from the schema).</summary>
    public static ObjectSortKey Of(object instance, TypeSchema schema)
    {
        var kind = schema.FindProperty("kind")?.Get(instance) as string ?? schema.Kind;
        if (schema.FindProperty("metadata") is not { Value.Kind: ValueKind.Object } metadataProperty
            || metadataProperty.Get(instance) is not { } metadata)
        {
            return new ObjectSortKey(kind, null, null);
        }

        var metadataSchema = metadataProperty.Value.ObjectType;
        return new ObjectSortKey(
            kind,
            metadataSchema.FindProperty("namespace")?.Get(metadata) as string,
            metadataSchema.FindProperty("name")?.Get(metadata) as string);
    }
}
