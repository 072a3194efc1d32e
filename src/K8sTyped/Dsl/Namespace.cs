using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A Namespace object, for applications that own their namespace.</summary>
public sealed class Namespace : Resource<Namespace, V1Namespace>
{
    private Namespace(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1Namespace.KubeKind;

    /// <summary>A namespace named <paramref name="name"/>.</summary>
    public static Namespace Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));
}
