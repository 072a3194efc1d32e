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
    private readonly Steps<V1PodSpec> _steps = new();

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

    /// <summary>Runs <paramref name="configure"/> on a new pod template now, so the calls inside it capture their own call sites.</summary>
    internal static PodTemplate From(Action<PodTemplate> configure)
    {
        Require.NotNull(configure, nameof(configure));
        var pods = new PodTemplate();
        configure(pods);
        return pods;
    }

    /// <summary>Replays the collected edits on <paramref name="spec"/>.</summary>
    internal void ApplyTo(V1PodSpec spec, BuildWriter writer) => _steps.ApplyTo(spec, writer);

    private PodTemplate Edit(Action<V1PodSpec, BuildWriter> step)
    {
        _steps.Add(step);
        return this;
    }

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
}
