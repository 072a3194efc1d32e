using System.Text;

namespace K8sTyped.Tool.Import;

/// <summary>A DSL resource as a chain of calls: built in process to verify it, rendered as C# once verified.</summary>
internal interface IResourcePlan
{
    Resource Create(ApplyContext context);

    string Render(RenderContext context, string indent);

    /// <summary>The arguments of the factory and of every call (not of nested lambdas' calls).</summary>
    IEnumerable<Argument> Arguments { get; }

    /// <summary>The same plan with a <c>Configure</c> call that makes the listed assignments.</summary>
    IResourcePlan WithResidue(IReadOnlyList<Assignment> residue);
}

/// <summary>
/// <c>Factory(arguments).Call().Call()</c> for a resource type: <paramref name="create"/> is the factory in process,
/// <paramref name="configure"/> the resource's <c>Configure</c> (the escape hatch for the residue).
/// </summary>
internal sealed class ResourcePlan<TResource>(
    string factory,
    IReadOnlyList<Argument> factoryArguments,
    Func<TResource> create,
    IReadOnlyList<DslCall<TResource>> calls,
    Func<TResource, Action<object>, TResource> configure,
    string modelParameter) : IResourcePlan
    where TResource : Resource
{
    public Resource Create(ApplyContext context) => calls.ApplyAll(create(), context);

    public string Render(RenderContext context, string indent)
    {
        var text = new StringBuilder(DslCall<TResource>.RenderCall(factory, factoryArguments, context, indent));
        foreach (var call in calls)
            text.Append('\n').Append(indent).Append("    .").Append(call.Render(context, indent + "    "));
        return text.ToString();
    }

    public IEnumerable<Argument> Arguments => factoryArguments.Concat(calls.SelectMany(c => c.Arguments));

    public IResourcePlan WithResidue(IReadOnlyList<Assignment> residue)
    {
        if (residue.Count == 0) return this;
        var call = new DslCall<TResource>(
            "Configure",
            [new ResidueArgument(modelParameter, residue)],
            resource => configure(resource, model =>
            {
                foreach (var assignment in residue) assignment.ApplyTo(model);
            }));
        return new ResourcePlan<TResource>(factory, factoryArguments, create, [.. calls, call], configure, modelParameter);
    }
}
