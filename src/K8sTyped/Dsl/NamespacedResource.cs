using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A resource that lives in a namespace: its own, or else its application's.</summary>
/// <typeparam name="TSelf">The concrete resource.</typeparam>
/// <typeparam name="TModel">The model object built.</typeparam>
public abstract class NamespacedResource<TSelf, TModel> : Resource<TSelf, TModel>
    where TSelf : NamespacedResource<TSelf, TModel>
    where TModel : class, IKubernetesObject<V1ObjectMeta>, new()
{
    private string? _namespace;
    private CallSite? _namespaceSite;

    private protected NamespacedResource(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <summary>The namespace the object is emitted in: its own, else its application's; null when neither sets one.</summary>
    public string? Namespace => _namespace ?? Owner?.DefaultNamespace;

    /// <summary>Puts the object in namespace <paramref name="namespace"/> (<c>metadata.namespace</c>), overriding the application's.</summary>
    public TSelf InNamespace(string @namespace, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        _namespace = Require.NotEmpty(@namespace, nameof(@namespace));
        _namespaceSite = CallSite.Capture(callerFilePath, callerLine);
        return (TSelf)this;
    }

    /// <summary>Puts the object in the namespace <paramref name="namespace"/> describes.</summary>
    public TSelf InNamespace(Namespace @namespace, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        InNamespace(Require.NotNull(@namespace, nameof(@namespace)).Name, callerFilePath, callerLine);

    private protected override void ApplyNamespace(TModel model, BuildWriter writer)
    {
        var (value, site) = _namespace is not null ? (_namespace, _namespaceSite) : (Owner?.DefaultNamespace, Owner?.DefaultNamespaceSite);
        if (value is null)
            return;
        MetadataOf(model).Namespace = value;
        if (site is not null)
            writer.Record("metadata.namespace", site, "namespace");
    }
}
