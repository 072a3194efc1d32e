using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A Deployment: interchangeable replicas of one pod template, for the stateless parts of an application.</summary>
public sealed class Deployment : NamespacedResource<Deployment, V1Deployment>
{
    private Deployment(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1Deployment.KubeKind;

    /// <summary>A Deployment named <paramref name="name"/>.</summary>
    public static Deployment Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Runs <paramref name="replicas"/> pods (<c>spec.replicas</c>).</summary>
    public Deployment Replicas(int replicas, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.Replicas = replicas;
            writer.Record("replicas", site, nameof(replicas));
        });
    }

    /// <summary>
    /// The pods: <paramref name="labels"/> become both <c>spec.selector.matchLabels</c> and <c>spec.template.metadata.labels</c>,
    /// so they always match; <paramref name="configure"/> describes <c>spec.template.spec</c>.
    /// </summary>
    public Deployment Pods(Labels labels, Action<PodTemplate> configure, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        var pods = PodTemplate.From(configure);
        return EditSpec((spec, writer) => (spec.Selector, spec.Template) = WorkloadEdits.Pods(labels, pods, writer, site));
    }

    /// <summary>Stops every old pod before starting new ones (<c>spec.strategy.type: Recreate</c>), for pods that must not overlap, such as ones sharing a ReadWriteOnce claim.</summary>
    public Deployment Recreate([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.Strategy = new V1DeploymentStrategy { Type = "Recreate" };
            writer.Record("strategy", site);
        });
    }

    /// <summary>
    /// Replaces pods gradually (<c>spec.strategy.type: RollingUpdate</c>), with at most <paramref name="maxSurge"/> extra and
    /// <paramref name="maxUnavailable"/> missing pods (counts or percentages; Kubernetes defaults to 25% each).
    /// </summary>
    public Deployment RollingUpdate(IntOrString? maxSurge = null, IntOrString? maxUnavailable = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            var rolling = maxSurge is null && maxUnavailable is null
                ? null
                : new V1RollingUpdateDeployment { MaxSurge = maxSurge, MaxUnavailable = maxUnavailable };
            spec.Strategy = new V1DeploymentStrategy { Type = "RollingUpdate", RollingUpdate = rolling };
            writer.Record("strategy", site);
            if (maxSurge is not null) writer.Record("strategy.rollingUpdate.maxSurge", site, nameof(maxSurge));
            if (maxUnavailable is not null) writer.Record("strategy.rollingUpdate.maxUnavailable", site, nameof(maxUnavailable));
        });
    }

    private protected override (V1ObjectMeta Metadata, string Path)? PodTemplateMetadata(V1Deployment model) =>
        model.Spec?.Template is { } template ? (template.Metadata ??= new V1ObjectMeta(), "spec.template.metadata") : null;

    private Deployment EditSpec(Action<V1DeploymentSpec, BuildWriter> step) =>
        Edit((deployment, writer) => step(deployment.Spec ??= new V1DeploymentSpec(), writer.At("spec")));
}
