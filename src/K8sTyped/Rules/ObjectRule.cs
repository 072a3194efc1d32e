using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>A rule that looks at each object of one model type on its own.</summary>
/// <typeparam name="T">The model type, e.g. <see cref="V1StatefulSet"/>.</typeparam>
public abstract class ObjectRule<T> : Rule
    where T : IKubernetesObject
{
    /// <inheritdoc />
    public sealed override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.OfType<T>())
            Analyze(obj, context);
    }

    /// <summary>Looks at one object.</summary>
    protected abstract void Analyze(T obj, RuleContext context);
}
