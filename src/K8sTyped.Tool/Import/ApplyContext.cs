namespace K8sTyped.Tool.Import;

/// <summary>What a plan's calls need in process: the resources other objects' plans build (for typed references).</summary>
internal sealed class ApplyContext
{
    private readonly Dictionary<ImportedObject, Resource> _built = [];

    public TResource Resource<TResource>(ImportedObject target) where TResource : Resource
    {
        if (!_built.TryGetValue(target, out var resource))
        {
            resource = target.Plan?.Create(this) ?? throw new InvalidOperationException($"{target.Kind} {target.Name} has no DSL plan to refer to");
            _built[target] = resource;
        }

        return (TResource)resource;
    }
}
