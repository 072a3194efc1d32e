using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A bare Pod, for one-off tasks and tests; replicated parts belong in a <see cref="StatefulSet"/> or <see cref="Deployment"/>.</summary>
public sealed class Pod : NamespacedResource<Pod, V1Pod>
{
    private Pod(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1Pod.KubeKind;

    /// <summary>A Pod named <paramref name="name"/>.</summary>
    public static Pod Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>What runs in the pod (<c>spec</c>): containers, volumes and pod settings.</summary>
    public Pod Spec(Action<PodTemplate> configure, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        var pods = PodTemplate.From(configure);
        return Edit((pod, writer) =>
        {
            pod.Spec = new V1PodSpec();
            writer.Record("spec", site);
            pods.ApplyTo(pod.Spec, writer.At("spec"), null);
        });
    }
}
