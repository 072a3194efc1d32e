using System.Runtime.CompilerServices;
using K8sTyped.Identities;
using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// A StatefulSet: pods with stable names, stable DNS names through their governing headless Service, and one claim per
/// pod and claim template. The identities it gives its pods are available as values (<see cref="PodName"/>,
/// <see cref="PodDnsName"/>, <see cref="ClaimName"/>).
/// </summary>
public sealed class StatefulSet : NamespacedResource<StatefulSet, V1StatefulSet>
{
    private StatefulSet(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1StatefulSet.KubeKind;

    /// <summary>A StatefulSet named <paramref name="name"/>; its pods are <c>name-0</c>, <c>name-1</c>, ….</summary>
    public static StatefulSet Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Gives the pods DNS names through the headless <paramref name="service"/> (<c>spec.serviceName</c>).</summary>
    public StatefulSet GovernedBy(Service service, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetServiceName(Require.NotNull(service, nameof(service)).Name, nameof(service), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Gives the pods DNS names through the headless Service named <paramref name="serviceName"/>, defined outside these manifests (<c>spec.serviceName</c>).</summary>
    public StatefulSet GovernedBy(string serviceName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetServiceName(Require.NotEmpty(serviceName, nameof(serviceName)), nameof(serviceName), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Runs <paramref name="replicas"/> pods (<c>spec.replicas</c>).</summary>
    public StatefulSet Replicas(int replicas, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetSpec(spec => spec.Replicas = replicas, "replicas", nameof(replicas), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// The pods: <paramref name="labels"/> become both <c>spec.selector.matchLabels</c> and <c>spec.template.metadata.labels</c>,
    /// so they always match; <paramref name="configure"/> describes <c>spec.template.spec</c>.
    /// </summary>
    public StatefulSet Pods(Labels labels, Action<PodTemplate> configure, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        var pods = PodTemplate.From(configure);
        return EditSpec((spec, writer) => (spec.Selector, spec.Template) = WorkloadEdits.Pods(labels, pods, writer, site));
    }

    /// <summary>Creates and deletes pods one by one or all at once (<c>spec.podManagementPolicy</c>).</summary>
    public StatefulSet PodManagement(PodManagementPolicy policy, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = policy.ToWire();
        return SetSpec(spec => spec.PodManagementPolicy = wire, "podManagementPolicy", nameof(policy), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>
    /// Updates pods automatically, highest ordinal first (<c>spec.updateStrategy</c> of type RollingUpdate); only ordinals
    /// at or above <paramref name="partition"/> are updated, at most <paramref name="maxUnavailable"/> (a count or a percentage) at a time.
    /// </summary>
    public StatefulSet RollingUpdate(int? partition = null, IntOrString? maxUnavailable = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            var rolling = partition is null && maxUnavailable is null
                ? null
                : new V1RollingUpdateStatefulSetStrategy { Partition = partition, MaxUnavailable = maxUnavailable };
            spec.UpdateStrategy = new V1StatefulSetUpdateStrategy { Type = "RollingUpdate", RollingUpdate = rolling };
            writer.Record("updateStrategy", site);
            if (partition is not null) writer.Record("updateStrategy.rollingUpdate.partition", site, nameof(partition));
            if (maxUnavailable is not null) writer.Record("updateStrategy.rollingUpdate.maxUnavailable", site, nameof(maxUnavailable));
        });
    }

    /// <summary>Updates a pod only when it is deleted (<c>spec.updateStrategy.type: OnDelete</c>).</summary>
    public StatefulSet OnDelete([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetSpec(spec => spec.UpdateStrategy = new V1StatefulSetUpdateStrategy { Type = "OnDelete" }, "updateStrategy", null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Counts a new pod available only after it has been ready for <paramref name="seconds"/> (<c>spec.minReadySeconds</c>).</summary>
    public StatefulSet MinReadySeconds(int seconds, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetSpec(spec => spec.MinReadySeconds = seconds, "minReadySeconds", nameof(seconds), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Keeps or deletes the pods' claims when the set is deleted and when it is scaled down (<c>spec.persistentVolumeClaimRetentionPolicy</c>).</summary>
    public StatefulSet RetainClaims(ClaimRetention whenDeleted, ClaimRetention whenScaled, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var deleted = whenDeleted.ToWire();
        var scaled = whenScaled.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditSpec((spec, writer) =>
        {
            spec.PersistentVolumeClaimRetentionPolicy = new V1StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = deleted, WhenScaled = scaled };
            writer.Record("persistentVolumeClaimRetentionPolicy", site);
            writer.Record("persistentVolumeClaimRetentionPolicy.whenDeleted", site, nameof(whenDeleted));
            writer.Record("persistentVolumeClaimRetentionPolicy.whenScaled", site, nameof(whenScaled));
        });
    }

    /// <summary>Numbers the pods from <paramref name="start"/> instead of 0 (<c>spec.ordinals.start</c>).</summary>
    public StatefulSet OrdinalsStart(int start, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetSpec(spec => spec.Ordinals = new V1StatefulSetOrdinals { Start = start }, "ordinals.start", nameof(start), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Gives every pod its own claim named <c>name-set-ordinal</c> (<c>spec.volumeClaimTemplates[]</c>) of <paramref name="size"/>
    /// (e.g. <c>"250Mi"</c>; invalid text is reported as KT0002), provisioned through the cluster's default class. Mount it with
    /// <c>Mount(name, path)</c> in a container.
    /// </summary>
    public StatefulSet ClaimTemplate(string name, AccessMode accessMode, string size, Action<ClaimTemplate>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimTemplate(name, [accessMode], nameof(accessMode), size, null, null, configure, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="ClaimTemplate(string, AccessMode, string, Action{K8sTyped.ClaimTemplate}, string, int)"/>, with several access modes.</summary>
    public StatefulSet ClaimTemplate(string name, AccessMode[] accessModes, string size, Action<ClaimTemplate>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimTemplate(name, accessModes, nameof(accessModes), size, null, null, configure, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="ClaimTemplate(string, AccessMode, string, Action{K8sTyped.ClaimTemplate}, string, int)"/>, provisioned through <paramref name="storageClass"/>.</summary>
    public StatefulSet ClaimTemplate(string name, AccessMode accessMode, string size, StorageClass storageClass, Action<ClaimTemplate>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimTemplate(name, [accessMode], nameof(accessMode), size, Require.NotNull(storageClass, nameof(storageClass)).Name, nameof(storageClass), configure, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="ClaimTemplate(string, AccessMode, string, Action{K8sTyped.ClaimTemplate}, string, int)"/>, with several access modes, provisioned through <paramref name="storageClass"/>.</summary>
    public StatefulSet ClaimTemplate(string name, AccessMode[] accessModes, string size, StorageClass storageClass, Action<ClaimTemplate>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimTemplate(name, accessModes, nameof(accessModes), size, Require.NotNull(storageClass, nameof(storageClass)).Name, nameof(storageClass), configure, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="ClaimTemplate(string, AccessMode, string, Action{K8sTyped.ClaimTemplate}, string, int)"/>, provisioned through the class named <paramref name="storageClassName"/>.</summary>
    public StatefulSet ClaimTemplate(string name, AccessMode accessMode, string size, string storageClassName, Action<ClaimTemplate>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimTemplate(name, [accessMode], nameof(accessMode), size, Require.NotEmpty(storageClassName, nameof(storageClassName)), nameof(storageClassName), configure, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="ClaimTemplate(string, AccessMode, string, Action{K8sTyped.ClaimTemplate}, string, int)"/>, with several access modes, provisioned through the class named <paramref name="storageClassName"/>.</summary>
    public StatefulSet ClaimTemplate(string name, AccessMode[] accessModes, string size, string storageClassName, Action<ClaimTemplate>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimTemplate(name, accessModes, nameof(accessModes), size, Require.NotEmpty(storageClassName, nameof(storageClassName)), nameof(storageClassName), configure, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>The name of the pod with <paramref name="ordinal"/>, e.g. <c>mariadb-0</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The set has no pod with that ordinal.</exception>
    public string PodName(int ordinal)
    {
        RequireOrdinal(Build(), ordinal);
        return StatefulSetIdentity.PodName(Name, ordinal);
    }

    /// <summary>The names of all pods, from the first ordinal (<c>spec.ordinals.start</c>) for <c>spec.replicas</c> pods.</summary>
    public IReadOnlyList<string> PodNames => StatefulSetIdentity.Ordinals(Build()).Select(i => StatefulSetIdentity.PodName(Name, i)).ToList();

    /// <summary>
    /// The stable DNS name of the pod with <paramref name="ordinal"/>, e.g. <c>mariadb-0.mariadb.database.svc.cluster.local</c>
    /// (cluster domain from the application, default <c>cluster.local</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The set has no pod with that ordinal.</exception>
    /// <exception cref="InvalidOperationException">The set has no governing Service or no namespace yet.</exception>
    public string PodDnsName(int ordinal)
    {
        var model = Build();
        RequireOrdinal(model, ordinal);
        var serviceName = model.Spec?.ServiceName
            ?? throw new InvalidOperationException($"StatefulSet '{Name}' has no governing Service, so its pods have no DNS names: call GovernedBy.");
        var @namespace = model.Metadata?.Namespace
            ?? throw new InvalidOperationException($"StatefulSet '{Name}' has no namespace yet: call InNamespace on it, or add it to an Application with InNamespace.");
        return StatefulSetIdentity.PodDnsName(Name, ordinal, serviceName, @namespace, Owner?.ClusterDomainName ?? ClusterProfile.Default.ClusterDomain);
    }

    /// <summary>The name of the claim that claim template <paramref name="template"/> makes for the pod with <paramref name="ordinal"/>, e.g. <c>mariadb-data-mariadb-0</c>.</summary>
    /// <exception cref="ArgumentException">The set has no claim template of that name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The set has no pod with that ordinal.</exception>
    public string ClaimName(string template, int ordinal)
    {
        Require.NotEmpty(template, nameof(template));
        var model = Build();
        var templates = model.Spec?.VolumeClaimTemplates?.Select(t => t.Metadata?.Name).ToList() ?? [];
        if (!templates.Contains(template))
        {
            var known = templates.Count == 0 ? "it has none" : "it has " + string.Join(", ", templates.Select(t => $"'{t}'"));
            throw new ArgumentException($"StatefulSet '{Name}' has no claim template '{template}'; {known}.", nameof(template));
        }

        RequireOrdinal(model, ordinal);
        return StatefulSetIdentity.ClaimName(template, Name, ordinal);
    }

    private protected override (V1ObjectMeta Metadata, string Path)? PodTemplateMetadata(V1StatefulSet model) =>
        model.Spec?.Template is { } template ? (template.Metadata ??= new V1ObjectMeta(), "spec.template.metadata") : null;

    private StatefulSet AddClaimTemplate(
        string name, AccessMode[] accessModes, string accessModesParameter, string size, string? storageClassName, string? storageClassParameter,
        Action<ClaimTemplate>? configure, CallSite site)
    {
        Require.NotEmpty(name, nameof(name));
        var modes = ClaimSpecEdits.ToWire(accessModes, accessModesParameter);
        var sizeArgument = QuantityArgument.Parse(size, nameof(size));
        var template = new ClaimTemplate();
        configure?.Invoke(template);
        return EditSpec((spec, writer) =>
        {
            var claim = new V1PersistentVolumeClaim { Metadata = new V1ObjectMeta { Name = name }, Spec = new V1PersistentVolumeClaimSpec() };
            var at = ModelEdits.Append(spec.VolumeClaimTemplates ??= [], claim, writer, "volumeClaimTemplates");
            at.Record("", site);
            at.Record("metadata.name", site, nameof(name));
            var specWriter = at.At("spec");
            ClaimSpecEdits.AccessModes(claim.Spec, modes, specWriter, site, accessModesParameter);
            ClaimSpecEdits.Size(claim.Spec, sizeArgument, specWriter, site, nameof(size));
            if (storageClassName is not null)
                ClaimSpecEdits.StorageClassName(claim.Spec, storageClassName, specWriter, site, storageClassParameter);
            template.ApplyTo(claim, at);
        });
    }

    private void RequireOrdinal(V1StatefulSet model, int ordinal)
    {
        var ordinals = StatefulSetIdentity.Ordinals(model).ToList();
        if (ordinals.Contains(ordinal))
            return;
        var range = ordinals.Count == 0 ? "it has no pods" : $"its ordinals are {ordinals[0]} to {ordinals[ordinals.Count - 1]}";
        throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"StatefulSet '{Name}' has no pod {ordinal}; {range}.");
    }

    private StatefulSet SetServiceName(string serviceName, string parameterName, CallSite site) =>
        SetSpec(spec => spec.ServiceName = serviceName, "serviceName", parameterName, site);

    private StatefulSet SetSpec(Action<V1StatefulSetSpec> set, string path, string? parameterName, CallSite site) =>
        EditSpec((spec, writer) =>
        {
            set(spec);
            writer.Record(path, site, parameterName);
        });

    private StatefulSet EditSpec(Action<V1StatefulSetSpec, BuildWriter> step) =>
        Edit((statefulSet, writer) => step(statefulSet.Spec ??= new V1StatefulSetSpec(), writer.At("spec")));
}
