using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// What runs in a pod (<c>spec</c> of a Pod, <c>spec.template.spec</c> of a workload): containers, volumes and pod-level
/// settings. Configured inside <see cref="Pod.Spec"/>, <see cref="StatefulSet.Pods"/> and <see cref="Deployment.Pods"/>.
/// </summary>
public sealed class PodTemplate
{
    private readonly Steps<PodTarget> _steps = new();

    private PodTemplate()
    {
    }

    /// <summary>Adds a container (<c>containers[]</c>) running <paramref name="image"/>.</summary>
    public PodTemplate Container(string name, string image, Action<Container>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddContainer(name, image, configure, static spec => spec.Containers ??= [], "containers", CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds an init container (<c>initContainers[]</c>), run to completion before the containers start.</summary>
    public PodTemplate InitContainer(string name, string image, Action<Container>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddContainer(name, image, configure, static spec => spec.InitContainers ??= [], "initContainers", CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds a volume backed by <paramref name="claim"/> (<c>volumes[].persistentVolumeClaim</c>).</summary>
    public PodTemplate ClaimVolume(string name, PersistentVolumeClaim claim, bool readOnly = false, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimVolume(name, Require.NotNull(claim, nameof(claim)).Name, nameof(claim), readOnly, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds a volume backed by the claim named <paramref name="claimName"/> (<c>volumes[].persistentVolumeClaim</c>).</summary>
    public PodTemplate ClaimVolume(string name, string claimName, bool readOnly = false, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddClaimVolume(name, Require.NotEmpty(claimName, nameof(claimName)), nameof(claimName), readOnly, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds a volume of the node's directory or file at <paramref name="path"/> (<c>volumes[].hostPath</c>).</summary>
    public PodTemplate HostPathVolume(string name, string path, HostPathType? type = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(path, nameof(path));
        var wireType = type?.ToWire();
        return AddVolume(
            name, volume => volume.HostPath = new V1HostPathVolumeSource { Path = path, Type = wireType },
            "hostPath", "path", nameof(path), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Adds a scratch volume that lives as long as the pod (<c>volumes[].emptyDir</c>).</summary>
    public PodTemplate EmptyDirVolume(string name, StorageMedium? medium = null, string? sizeLimit = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(name, nameof(name));
        var wireMedium = medium?.ToWire();
        var limit = sizeLimit is null ? (QuantityArgument?)null : QuantityArgument.Parse(sizeLimit, nameof(sizeLimit));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((spec, writer) =>
        {
            var emptyDir = new V1EmptyDirVolumeSource { Medium = wireMedium };
            var at = ModelEdits.Append(spec.Volumes ??= [], new V1Volume { Name = name, EmptyDir = emptyDir }, writer, "volumes");
            RecordVolume(at, site, "emptyDir");
            if (wireMedium is not null) at.Record("emptyDir.medium", site, nameof(medium));
            if (limit is { } l && at.Accept(l, "emptyDir.sizeLimit", site, nameof(sizeLimit), out var value))
                emptyDir.SizeLimit = value;
        });
    }

    /// <summary>Adds a volume of <paramref name="configMap"/>'s keys as files (<c>volumes[].configMap</c>).</summary>
    public PodTemplate ConfigMapVolume(string name, ConfigMap configMap, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddConfigMapVolume(name, Require.NotNull(configMap, nameof(configMap)).Name, nameof(configMap), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds a volume of the keys of the ConfigMap named <paramref name="configMapName"/> as files (<c>volumes[].configMap</c>).</summary>
    public PodTemplate ConfigMapVolume(string name, string configMapName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddConfigMapVolume(name, Require.NotEmpty(configMapName, nameof(configMapName)), nameof(configMapName), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds a volume of <paramref name="secret"/>'s keys as files (<c>volumes[].secret</c>).</summary>
    public PodTemplate SecretVolume(string name, Secret secret, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddSecretVolume(name, Require.NotNull(secret, nameof(secret)).Name, nameof(secret), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Adds a volume of the keys of the Secret named <paramref name="secretName"/> as files (<c>volumes[].secret</c>).</summary>
    public PodTemplate SecretVolume(string name, string secretName, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddSecretVolume(name, Require.NotEmpty(secretName, nameof(secretName)), nameof(secretName), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Sets the pod's hostname (<c>hostname</c>).</summary>
    public PodTemplate Hostname(string hostname, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(hostname, nameof(hostname));
        return Set(spec => spec.Hostname = hostname, "hostname", nameof(hostname), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Sets the pod's subdomain (<c>subdomain</c>), giving it a DNS name under the headless Service of that name.</summary>
    public PodTemplate Subdomain(string subdomain, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(subdomain, nameof(subdomain));
        return Set(spec => spec.Subdomain = subdomain, "subdomain", nameof(subdomain), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Sets when containers are restarted (<c>restartPolicy</c>); workloads accept only Always.</summary>
    public PodTemplate RestartPolicy(RestartPolicy policy, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = policy.ToWire();
        return Set(spec => spec.RestartPolicy = wire, "restartPolicy", nameof(policy), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Gives containers <paramref name="seconds"/> to shut down cleanly before they are killed (<c>terminationGracePeriodSeconds</c>).</summary>
    public PodTemplate TerminationGracePeriodSeconds(long seconds, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        Set(spec => spec.TerminationGracePeriodSeconds = seconds, "terminationGracePeriodSeconds", nameof(seconds), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Adds a native sidecar (<c>initContainers[]</c> with <c>restartPolicy: Always</c>): started before the containers,
    /// kept running beside them, stopped after them. E.g. <c>pod.Sidecar("metrics", "prom/mysqld-exporter:v0.15.1", c => c.Port("metrics", 9104))</c>.
    /// </summary>
    public PodTemplate Sidecar(string name, string image, Action<Container>? configure = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var site = CallSite.Capture(callerFilePath, callerLine);
        var container = new Container(name, image, site);
        configure?.Invoke(container);
        return Edit((spec, writer) =>
        {
            var model = new V1Container();
            var at = ModelEdits.Append(spec.InitContainers ??= [], model, writer, "initContainers");
            container.ApplyTo(model, at);
            model.RestartPolicy = "Always";
            at.Record("restartPolicy", site);
        });
    }

    /// <summary>
    /// Sets who the pod's processes run as and who owns its volumes (<c>securityContext</c>), e.g.
    /// <c>pod.SecurityContext(runAsUser: 1000, fsGroup: 1000)</c>. Only the arguments given are written.
    /// </summary>
    public PodTemplate SecurityContext(
        long? runAsUser = null, long? runAsGroup = null, bool? runAsNonRoot = null, long? fsGroup = null, FsGroupChangePolicy? fsGroupChangePolicy = null,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var changePolicy = fsGroupChangePolicy?.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((spec, writer) =>
        {
            var context = spec.SecurityContext ??= new V1PodSecurityContext();
            var at = writer.At("securityContext");
            at.Record("", site);
            if (runAsUser is not null) { context.RunAsUser = runAsUser; at.Record("runAsUser", site, nameof(runAsUser)); }
            if (runAsGroup is not null) { context.RunAsGroup = runAsGroup; at.Record("runAsGroup", site, nameof(runAsGroup)); }
            if (runAsNonRoot is not null) { context.RunAsNonRoot = runAsNonRoot; at.Record("runAsNonRoot", site, nameof(runAsNonRoot)); }
            if (fsGroup is not null) { context.FsGroup = fsGroup; at.Record("fsGroup", site, nameof(fsGroup)); }
            if (changePolicy is not null) { context.FsGroupChangePolicy = changePolicy; at.Record("fsGroupChangePolicy", site, nameof(fsGroupChangePolicy)); }
        });
    }

    /// <summary>
    /// Never schedules two of the workload's pods in the same <paramref name="topology"/> (<c>affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[]</c>),
    /// selecting the workload's own pod labels, e.g. <c>pod.RequireAntiAffinity(Topology.Hostname)</c>: one replica per node; with
    /// more replicas than nodes the rest stay Pending.
    /// </summary>
    public PodTemplate RequireAntiAffinity(Topology topology = Topology.Hostname, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddAntiAffinity(topology.ToWire(), null, null, null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="RequireAntiAffinity(Topology, string, int)"/>, keeping away from the pods that carry <paramref name="labels"/>.</summary>
    public PodTemplate RequireAntiAffinity(Topology topology, Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddAntiAffinity(topology.ToWire(), Require.NotNull(labels, nameof(labels)), nameof(labels), null, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Prefers not to schedule two of the workload's pods in the same <paramref name="topology"/>, with <paramref name="weight"/>
    /// (1–100) among the scheduler's preferences (<c>affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[]</c>),
    /// e.g. <c>pod.PreferAntiAffinity(Topology.Zone)</c>: spread when possible, never Pending because of it.
    /// </summary>
    public PodTemplate PreferAntiAffinity(Topology topology = Topology.Hostname, int weight = 100, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddAntiAffinity(topology.ToWire(), null, null, weight, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="PreferAntiAffinity(Topology, int, string, int)"/>, keeping away from the pods that carry <paramref name="labels"/>.</summary>
    public PodTemplate PreferAntiAffinity(Topology topology, Labels labels, int weight = 100, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddAntiAffinity(topology.ToWire(), Require.NotNull(labels, nameof(labels)), nameof(labels), weight, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Spreads the workload's pods evenly over <paramref name="topology"/>, at most <paramref name="maxSkew"/> apart
    /// (<c>topologySpreadConstraints[]</c>), selecting the workload's own pod labels, e.g.
    /// <c>pod.SpreadOver(Topology.Zone, whenUnsatisfiable: WhenUnsatisfiable.ScheduleAnyway)</c>.
    /// </summary>
    public PodTemplate SpreadOver(
        Topology topology, int maxSkew = 1, WhenUnsatisfiable whenUnsatisfiable = WhenUnsatisfiable.DoNotSchedule, Labels? labels = null,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var key = topology.ToWire();
        var action = whenUnsatisfiable.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return EditWithLabels((target, writer) =>
        {
            var constraint = new V1TopologySpreadConstraint { MaxSkew = maxSkew, TopologyKey = key, WhenUnsatisfiable = action };
            var at = ModelEdits.Append(target.Spec.TopologySpreadConstraints ??= [], constraint, writer, "topologySpreadConstraints");
            at.Record("", site);
            at.Record("maxSkew", site, nameof(maxSkew));
            at.Record("topologyKey", site, nameof(topology));
            at.Record("whenUnsatisfiable", site, nameof(whenUnsatisfiable));
            constraint.LabelSelector = SpreadSelector(labels, nameof(labels), target, at, "labelSelector", site);
        });
    }

    /// <summary>
    /// Lets the pods run on nodes tainted with <paramref name="key"/> (<c>tolerations[]</c>): with <paramref name="value"/>
    /// the taint must have it (<c>operator: Equal</c>), without it any value matches (<c>Exists</c>); without
    /// <paramref name="effect"/> every effect is tolerated. E.g. <c>pod.Tolerate("dedicated", "database", TaintEffect.NoSchedule)</c>.
    /// </summary>
    public PodTemplate Tolerate(string key, string? value = null, TaintEffect? effect = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(key, nameof(key));
        var wireEffect = effect?.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((spec, writer) =>
        {
            var toleration = new V1Toleration { Key = key, Operator = value is null ? "Exists" : "Equal", Value = value, Effect = wireEffect };
            var at = ModelEdits.Append(spec.Tolerations ??= [], toleration, writer, "tolerations");
            at.Record("", site);
            at.Record("key", site, nameof(key));
            if (value is not null) at.Record("value", site, nameof(value));
            if (wireEffect is not null) at.Record("effect", site, nameof(effect));
        });
    }

    /// <summary>Schedules the pods only on nodes labelled <paramref name="key"/>=<paramref name="value"/> (<c>nodeSelector</c>), e.g. <c>pod.NodeSelector("disktype", "ssd")</c>.</summary>
    public PodTemplate NodeSelector(string key, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(key, nameof(key));
        Require.NotNull(value, nameof(value));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((spec, writer) =>
        {
            (spec.NodeSelector ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value;
            writer.Record($"nodeSelector[{key}]", site, nameof(value));
        });
    }

    /// <summary>Gives the pods the priority of the PriorityClass named <paramref name="name"/> (<c>priorityClassName</c>), e.g. <c>pod.PriorityClassName("database-critical")</c>.</summary>
    public PodTemplate PriorityClassName(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(name, nameof(name));
        return Set(spec => spec.PriorityClassName = name, "priorityClassName", nameof(name), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Runs the pods as the ServiceAccount named <paramref name="name"/> (<c>serviceAccountName</c>), e.g. <c>pod.ServiceAccountName("zookeeper")</c>.</summary>
    public PodTemplate ServiceAccountName(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(name, nameof(name));
        return Set(spec => spec.ServiceAccountName = name, "serviceAccountName", nameof(name), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Runs <paramref name="configure"/> on a new pod template now, so the calls inside it capture their own call sites.</summary>
    internal static PodTemplate From(Action<PodTemplate> configure)
    {
        Require.NotNull(configure, nameof(configure));
        var pods = new PodTemplate();
        configure(pods);
        return pods;
    }

    /// <summary>
    /// Replays the collected edits on <paramref name="spec"/>; <paramref name="podLabels"/> are the labels of the pods
    /// it describes (a workload's selector labels), which spreading selects by default.
    /// </summary>
    internal void ApplyTo(V1PodSpec spec, BuildWriter writer, Labels? podLabels) => _steps.ApplyTo(new PodTarget(spec, podLabels), writer);

    private PodTemplate Edit(Action<V1PodSpec, BuildWriter> step)
    {
        _steps.Add((target, writer) => step(target.Spec, writer));
        return this;
    }

    private PodTemplate EditWithLabels(Action<PodTarget, BuildWriter> step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>The pod spec being built and the labels of its pods, when a workload gives them.</summary>
    private sealed record PodTarget(V1PodSpec Spec, Labels? PodLabels);

    private PodTemplate Set(Action<V1PodSpec> set, string path, string parameterName, CallSite site) =>
        Edit((spec, writer) =>
        {
            set(spec);
            writer.Record(path, site, parameterName);
        });

    private PodTemplate AddContainer(string name, string image, Action<Container>? configure, Func<V1PodSpec, IList<V1Container>> list, string listPath, CallSite site)
    {
        var container = new Container(name, image, site);
        configure?.Invoke(container);
        return Edit((spec, writer) =>
        {
            var model = new V1Container();
            container.ApplyTo(model, ModelEdits.Append(list(spec), model, writer, listPath));
        });
    }

    private PodTemplate AddClaimVolume(string name, string claimName, string referenceParameter, bool readOnly, CallSite site) =>
        AddVolume(
            name, volume => volume.PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = claimName, ReadOnly = readOnly ? true : null },
            "persistentVolumeClaim", "claimName", referenceParameter, site);

    private PodTemplate AddConfigMapVolume(string name, string configMapName, string referenceParameter, CallSite site) =>
        AddVolume(name, volume => volume.ConfigMap = new V1ConfigMapVolumeSource { Name = configMapName }, "configMap", "name", referenceParameter, site);

    private PodTemplate AddSecretVolume(string name, string secretName, string referenceParameter, CallSite site) =>
        AddVolume(name, volume => volume.Secret = new V1SecretVolumeSource { SecretName = secretName }, "secret", "secretName", referenceParameter, site);

    private PodTemplate AddVolume(string name, Action<V1Volume> setSource, string sourcePath, string referencePath, string referenceParameter, CallSite site)
    {
        Require.NotEmpty(name, nameof(name));
        return Edit((spec, writer) =>
        {
            var volume = new V1Volume { Name = name };
            setSource(volume);
            var at = ModelEdits.Append(spec.Volumes ??= [], volume, writer, "volumes");
            RecordVolume(at, site, sourcePath);
            at.Record($"{sourcePath}.{referencePath}", site, referenceParameter);
        });
    }

    private static void RecordVolume(BuildWriter volume, CallSite site, string sourcePath)
    {
        volume.Record("", site);
        volume.Record("name", site, "name");
        volume.Record(sourcePath, site);
    }

    private PodTemplate AddAntiAffinity(string topologyKey, Labels? labels, string? labelsParameter, int? weight, CallSite site) =>
        EditWithLabels((target, writer) =>
        {
            var antiAffinity = (target.Spec.Affinity ??= new V1Affinity()).PodAntiAffinity ??= new V1PodAntiAffinity();
            var at = writer.At("affinity.podAntiAffinity");
            var term = new V1PodAffinityTerm { TopologyKey = topologyKey };
            BuildWriter termWriter;
            if (weight is null)
            {
                termWriter = ModelEdits.Append(antiAffinity.RequiredDuringSchedulingIgnoredDuringExecution ??= [], term, at, "requiredDuringSchedulingIgnoredDuringExecution");
                termWriter.Record("", site);
            }
            else
            {
                var weighted = new V1WeightedPodAffinityTerm { Weight = weight, PodAffinityTerm = term };
                var weightedWriter = ModelEdits.Append(antiAffinity.PreferredDuringSchedulingIgnoredDuringExecution ??= [], weighted, at, "preferredDuringSchedulingIgnoredDuringExecution");
                weightedWriter.Record("", site);
                weightedWriter.Record("weight", site, nameof(weight));
                termWriter = weightedWriter.At("podAffinityTerm");
            }

            termWriter.Record("topologyKey", site, "topology");
            term.LabelSelector = SpreadSelector(labels, labelsParameter, target, termWriter, "labelSelector", site);
        });

    // The labels given, else the workload's own pod labels; a pod template without either (a bare Pod) is reported as KT0002.
    private static V1LabelSelector? SpreadSelector(Labels? labels, string? labelsParameter, PodTarget target, BuildWriter writer, string path, CallSite site)
    {
        if ((labels ?? target.PodLabels) is { } selected)
        {
            writer.Record(path, site, labels is null ? null : labelsParameter);
            return ModelEdits.SelectorFor(selected);
        }

        writer.Reject(path, site, "There are no workload pod labels to select here (a Pod has no selector): pass the labels to select.");
        return null;
    }
}
