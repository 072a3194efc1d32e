namespace K8sTyped.Tool.Import;

/// <summary>
/// What a plan's calls need in process: the resources other objects' plans build (for typed references), each built
/// once. <paramref name="adopt"/> gives a referenced resource the application it would have (its namespace is read
/// from it at build) when the plan is verified on its own.
/// </summary>
internal sealed class ApplyContext(Action<Resource>? adopt = null)
{
    private readonly Dictionary<ImportedObject, Resource> _built = [];

    public TResource Resource<TResource>(ImportedObject target) where TResource : Resource
    {
        if (!_built.TryGetValue(target, out var resource))
        {
            resource = target.Plan?.Create(this) ?? throw new InvalidOperationException($"{target.Kind} {target.Name} has no DSL plan to refer to");
            adopt?.Invoke(resource);
            _built[target] = resource;
        }

        return (TResource)resource;
    }
}
