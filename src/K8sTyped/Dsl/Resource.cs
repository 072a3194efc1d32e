namespace K8sTyped;

/// <summary>
/// One Kubernetes object described with the DSL. A resource collects edits as its methods are called and builds a
/// fresh model object from them whenever it is asked, so building is repeatable and never changes the resource.
/// </summary>
public abstract class Resource
{
    private protected Resource(string name) => Name = Require.NotEmpty(name, nameof(name));

    /// <summary>The object's <c>metadata.name</c>.</summary>
    public string Name { get; }

    /// <summary>The object's kind, e.g. <c>StatefulSet</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The application the resource was added to; it supplies the default namespace, common labels and cluster domain.</summary>
    internal Application? Owner { get; set; }

    /// <summary>Builds a fresh model object with its origins and the values the DSL rejected.</summary>
    internal abstract BuiltObject BuildWithOrigins();

    /// <summary><c>Kind name</c>.</summary>
    public override string ToString() => $"{Kind} {Name}";
}
