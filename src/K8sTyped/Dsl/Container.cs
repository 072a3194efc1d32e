using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>One container of a pod, configured inside <see cref="PodTemplate.Container"/>.</summary>
public sealed class Container
{
    private readonly Steps<V1Container> _steps = new();

    internal Container(string name, string image, CallSite site)
    {
        Require.NotEmpty(name, nameof(name));
        Require.NotEmpty(image, nameof(image));
        _steps.Add((container, writer) =>
        {
            container.Name = name;
            container.Image = image;
            writer.Record("", site);
            writer.Record("name", site, nameof(name));
            writer.Record("image", site, nameof(image));
        });
    }

    /// <summary>Replaces the image's entrypoint (<c>command</c>).</summary>
    public Container Command(params string[] command) => SetList(command, nameof(command), static (c, list) => c.Command = list, "command");

    /// <summary>Replaces the image's default arguments (<c>args</c>).</summary>
    public Container Args(params string[] args) => SetList(args, nameof(args), static (c, list) => c.Args = list, "args");

    /// <summary>Declares a port the container listens on (<c>ports[]</c>); Services and probes can refer to it by name.</summary>
    public Container Port(string name, int containerPort, Protocol? protocol = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(name, nameof(name));
        var wireProtocol = protocol?.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((container, writer) =>
        {
            var at = ModelEdits.Append(container.Ports ??= [], new V1ContainerPort { Name = name, ContainerPort = containerPort, Protocol = wireProtocol }, writer, "ports");
            at.Record("", site);
            at.Record("name", site, nameof(name));
            at.Record("containerPort", site, nameof(containerPort));
            if (wireProtocol is not null) at.Record("protocol", site, nameof(protocol));
        });
    }

    /// <summary>Sets the environment variable <paramref name="name"/> to a literal <paramref name="value"/> (<c>env[].value</c>).</summary>
    public Container Env(string name, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(value, nameof(value));
        return AddEnv(name, () => new V1EnvVar { Name = name, Value = value }, "value", nameof(value), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Sets the environment variable <paramref name="name"/> from a Secret key (<c>env[].valueFrom.secretKeyRef</c>).</summary>
    public Container Env(string name, SecretKeyReference secret, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(secret, nameof(secret));
        return AddEnv(
            name,
            () => new V1EnvVar { Name = name, ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = secret.SecretName, Key = secret.Key } } },
            "valueFrom.secretKeyRef", nameof(secret), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Sets the environment variable <paramref name="name"/> from a ConfigMap key (<c>env[].valueFrom.configMapKeyRef</c>).</summary>
    public Container Env(string name, ConfigMapKeyReference configMap, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(configMap, nameof(configMap));
        return AddEnv(
            name,
            () => new V1EnvVar { Name = name, ValueFrom = new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = configMap.ConfigMapName, Key = configMap.Key } } },
            "valueFrom.configMapKeyRef", nameof(configMap), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Reserves CPU and memory for the container (<c>resources.requests</c>), e.g. <c>Requests(cpu: "250m", memory: "512Mi")</c>.</summary>
    public Container Requests(string? cpu = null, string? memory = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetResources(cpu, memory, "requests", static r => r.Requests ??= new Dictionary<string, Quantity>(StringComparer.Ordinal), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Caps the container's CPU and memory (<c>resources.limits</c>), e.g. <c>Limits(memory: "1Gi")</c>.</summary>
    public Container Limits(string? cpu = null, string? memory = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetResources(cpu, memory, "limits", static r => r.Limits ??= new Dictionary<string, Quantity>(StringComparer.Ordinal), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Restarts the container when <paramref name="probe"/> fails (<c>livenessProbe</c>).</summary>
    public Container LivenessProbe(Probe probe, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetProbe(probe, static (c, p) => c.LivenessProbe = p, "livenessProbe", CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Takes the pod out of Service endpoints while <paramref name="probe"/> fails (<c>readinessProbe</c>).</summary>
    public Container ReadinessProbe(Probe probe, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetProbe(probe, static (c, p) => c.ReadinessProbe = p, "readinessProbe", CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Holds the other probes until <paramref name="probe"/> succeeds once (<c>startupProbe</c>).</summary>
    public Container StartupProbe(Probe probe, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetProbe(probe, static (c, p) => c.StartupProbe = p, "startupProbe", CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Mounts the pod volume <paramref name="volumeName"/> at <paramref name="mountPath"/> (<c>volumeMounts[]</c>).</summary>
    public Container Mount(string volumeName, string mountPath, bool readOnly = false, string? subPath = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(volumeName, nameof(volumeName));
        Require.NotEmpty(mountPath, nameof(mountPath));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((container, writer) =>
        {
            var mount = new V1VolumeMount { Name = volumeName, MountPath = mountPath, ReadOnly = readOnly ? true : null, SubPath = subPath };
            var at = ModelEdits.Append(container.VolumeMounts ??= [], mount, writer, "volumeMounts");
            at.Record("", site);
            at.Record("name", site, nameof(volumeName));
            at.Record("mountPath", site, nameof(mountPath));
            if (readOnly) at.Record("readOnly", site, nameof(readOnly));
            if (subPath is not null) at.Record("subPath", site, nameof(subPath));
        });
    }

    /// <summary>Pulls the image at every start, only when missing, or never (<c>imagePullPolicy</c>), e.g. <c>c.ImagePullPolicy(PullPolicy.Always)</c>.</summary>
    public Container ImagePullPolicy(PullPolicy policy, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var wire = policy.ToWire();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((container, writer) =>
        {
            container.ImagePullPolicy = wire;
            writer.Record("imagePullPolicy", site, nameof(policy));
        });
    }

    /// <summary>
    /// Sets the container's own security settings (<c>securityContext</c>), which win over the pod's, e.g.
    /// <c>c.SecurityContext(runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, dropCapabilities: ["ALL"])</c>.
    /// Only the arguments given are written.
    /// </summary>
    public Container SecurityContext(
        long? runAsUser = null, long? runAsGroup = null, bool? runAsNonRoot = null, bool? readOnlyRootFilesystem = null, bool? allowPrivilegeEscalation = null,
        bool? privileged = null, string[]? addCapabilities = null, string[]? dropCapabilities = null,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var add = addCapabilities is null ? null : (string[])addCapabilities.Clone();
        var drop = dropCapabilities is null ? null : (string[])dropCapabilities.Clone();
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((container, writer) =>
        {
            var context = container.SecurityContext ??= new V1SecurityContext();
            var at = writer.At("securityContext");
            at.Record("", site);
            if (runAsUser is not null) { context.RunAsUser = runAsUser; at.Record("runAsUser", site, nameof(runAsUser)); }
            if (runAsGroup is not null) { context.RunAsGroup = runAsGroup; at.Record("runAsGroup", site, nameof(runAsGroup)); }
            if (runAsNonRoot is not null) { context.RunAsNonRoot = runAsNonRoot; at.Record("runAsNonRoot", site, nameof(runAsNonRoot)); }
            if (readOnlyRootFilesystem is not null) { context.ReadOnlyRootFilesystem = readOnlyRootFilesystem; at.Record("readOnlyRootFilesystem", site, nameof(readOnlyRootFilesystem)); }
            if (allowPrivilegeEscalation is not null) { context.AllowPrivilegeEscalation = allowPrivilegeEscalation; at.Record("allowPrivilegeEscalation", site, nameof(allowPrivilegeEscalation)); }
            if (privileged is not null) { context.Privileged = privileged; at.Record("privileged", site, nameof(privileged)); }
            if (add is not null) { (context.Capabilities ??= new V1Capabilities()).Add = [.. add]; at.Record("capabilities.add", site, nameof(addCapabilities)); }
            if (drop is not null) { (context.Capabilities ??= new V1Capabilities()).Drop = [.. drop]; at.Record("capabilities.drop", site, nameof(dropCapabilities)); }
        });
    }

    /// <summary>Sets an environment variable for every key of <paramref name="configMap"/>, named <paramref name="prefix"/> + key (<c>envFrom[].configMapRef</c>).</summary>
    public Container EnvFrom(ConfigMap configMap, string? prefix = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddEnvFrom(new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = Require.NotNull(configMap, nameof(configMap)).Name }, Prefix = prefix },
            "configMapRef", nameof(configMap), prefix, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Sets an environment variable for every key of <paramref name="secret"/>, named <paramref name="prefix"/> + key (<c>envFrom[].secretRef</c>).</summary>
    public Container EnvFrom(Secret secret, string? prefix = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddEnvFrom(new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = Require.NotNull(secret, nameof(secret)).Name }, Prefix = prefix },
            "secretRef", nameof(secret), prefix, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="EnvFrom(ConfigMap, string, string, int)"/>, from the ConfigMap named <paramref name="configMapName"/>, defined outside these manifests.</summary>
    public Container EnvFromConfigMap(string configMapName, string? prefix = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddEnvFrom(new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = Require.NotEmpty(configMapName, nameof(configMapName)) }, Prefix = prefix },
            "configMapRef", nameof(configMapName), prefix, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Like <see cref="EnvFrom(Secret, string, string, int)"/>, from the Secret named <paramref name="secretName"/>, defined outside these manifests.</summary>
    public Container EnvFromSecret(string secretName, string? prefix = null, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        AddEnvFrom(new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = Require.NotEmpty(secretName, nameof(secretName)) }, Prefix = prefix },
            "secretRef", nameof(secretName), prefix, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>
    /// Runs <paramref name="command"/> in the container before it is stopped (<c>lifecycle.preStop.exec.command</c>), e.g.
    /// <c>c.PreStop(["sh", "-c", "redis-cli shutdown"])</c>; it counts against the pod's termination grace period.
    /// </summary>
    public Container PreStop(string[] command, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        if (command is null || command.Length == 0) throw new ArgumentException("A preStop hook needs a command.", nameof(command));
        var copy = (string[])command.Clone();
        return SetPreStop(() => new V1LifecycleHandler { Exec = new V1ExecAction { Command = [.. copy] } }, nameof(command), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>Waits <paramref name="seconds"/> before the container is stopped (<c>lifecycle.preStop.sleep.seconds</c>), so endpoints drain first.</summary>
    public Container PreStopSleep(long seconds, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        SetPreStop(() => new V1LifecycleHandler { Sleep = new V1SleepAction { Seconds = seconds } }, nameof(seconds), CallSite.Capture(callerFilePath, callerLine));

    /// <summary>Replays the collected edits on <paramref name="container"/>.</summary>
    internal void ApplyTo(V1Container container, BuildWriter writer) => _steps.ApplyTo(container, writer);

    private Container Edit(Action<V1Container, BuildWriter> step)
    {
        _steps.Add(step);
        return this;
    }

    private Container SetList(string[] values, string parameterName, Action<V1Container, List<string>> set, string path)
    {
        if (values is null) throw new ArgumentNullException(parameterName);
        var copy = (string[])values.Clone();
        var site = Sites.AmbientOnly();
        return Edit((container, writer) =>
        {
            set(container, [.. copy]);
            if (site is not null) writer.Record(path, site, parameterName);
        });
    }

    private Container AddEnv(string name, Func<V1EnvVar> create, string valuePath, string valueParameter, CallSite site)
    {
        Require.NotEmpty(name, nameof(name));
        return Edit((container, writer) =>
        {
            var at = ModelEdits.Append(container.Env ??= [], create(), writer, "env");
            at.Record("", site);
            at.Record("name", site, nameof(name));
            at.Record(valuePath, site, valueParameter);
        });
    }

    private Container SetResources(string? cpu, string? memory, string mapPath, Func<V1ResourceRequirements, IDictionary<string, Quantity>> map, CallSite site)
    {
        if (cpu is null && memory is null) throw new ArgumentException($"Give cpu, memory or both for resources.{mapPath}.", nameof(cpu));
        var cpuArgument = cpu is null ? (QuantityArgument?)null : QuantityArgument.Parse(cpu, nameof(cpu));
        var memoryArgument = memory is null ? (QuantityArgument?)null : QuantityArgument.Parse(memory, nameof(memory));
        return Edit((container, writer) =>
        {
            var at = writer.At("resources");
            if (cpuArgument is { } c) ModelEdits.SetQuantity(() => map(container.Resources ??= new()), "cpu", c, at, mapPath, site, nameof(cpu));
            if (memoryArgument is { } m) ModelEdits.SetQuantity(() => map(container.Resources ??= new()), "memory", m, at, mapPath, site, nameof(memory));
        });
    }

    private Container SetProbe(Probe probe, Action<V1Container, V1Probe> set, string path, CallSite site)
    {
        Require.NotNull(probe, nameof(probe));
        return Edit((container, writer) =>
        {
            set(container, probe.ToModel());
            writer.Record(path, site, nameof(probe));
        });
    }

    private Container AddEnvFrom(V1EnvFromSource source, string referencePath, string referenceParameter, string? prefix, CallSite site) =>
        Edit((container, writer) =>
        {
            var copy = new V1EnvFromSource
            {
                ConfigMapRef = source.ConfigMapRef is { } c ? new V1ConfigMapEnvSource { Name = c.Name } : null,
                SecretRef = source.SecretRef is { } s ? new V1SecretEnvSource { Name = s.Name } : null,
                Prefix = source.Prefix,
            };
            var at = ModelEdits.Append(container.EnvFrom ??= [], copy, writer, "envFrom");
            at.Record("", site);
            at.Record(referencePath, site, referenceParameter);
            if (prefix is not null) at.Record("prefix", site, nameof(prefix));
        });

    private Container SetPreStop(Func<V1LifecycleHandler> create, string parameterName, CallSite site) =>
        Edit((container, writer) =>
        {
            (container.Lifecycle ??= new V1Lifecycle()).PreStop = create();
            writer.Record("lifecycle.preStop", site, parameterName);
        });
}
