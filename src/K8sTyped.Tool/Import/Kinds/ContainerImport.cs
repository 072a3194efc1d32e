using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>A container's DSL calls: command and args, ports, environment, resources, probes, mounts, pull policy, security, preStop.</summary>
internal static class ContainerImport
{
    public static List<DslCall<Container>> Calls(V1Container container, ImportedObject obj, ImportScope scope)
    {
        var calls = new List<DslCall<Container>>();
        if (container.Command is { Count: > 0 } command)
        {
            var words = command.ToArray();
            calls.Add(new DslCall<Container>("Command", [.. words.Select(Argument.String)], c => c.Command(words)));
        }

        if (container.Args is { Count: > 0 } args)
        {
            var words = args.ToArray();
            calls.Add(new DslCall<Container>("Args", [.. words.Select(Argument.String)], c => c.Args(words)));
        }

        if (WireEnums.TryParse<PullPolicy>(container.ImagePullPolicy, out var pull))
            calls.Add(new DslCall<Container>("ImagePullPolicy", [Argument.Enum(pull)], c => c.ImagePullPolicy(pull)));
        foreach (var port in container.Ports ?? [])
        {
            if (string.IsNullOrEmpty(port.Name) || port.ContainerPort is not { } number) continue;
            var name = port.Name;
            Protocol? protocol = WireEnums.TryParse<Protocol>(port.Protocol, out var p) ? p : null;
            List<Argument> arguments = [Argument.String(name), Argument.Int(number), .. protocol is { } known ? [Argument.Enum(known)] : Array.Empty<Argument>()];
            calls.Add(new DslCall<Container>("Port", arguments, c => c.Port(name, number, protocol)));
        }

        foreach (var env in container.Env ?? [])
        {
            if (EnvCall(env, obj, scope) is not { } call) break;
            calls.Add(call);
        }

        foreach (var source in container.EnvFrom ?? [])
        {
            if (EnvFromCall(source, obj, scope) is not { } call) break;
            calls.Add(call);
        }

        if (Resources(container.Resources?.Requests) is var (requestCpu, requestMemory, requestArguments))
            calls.Add(new DslCall<Container>("Requests", requestArguments, c => c.Requests(requestCpu, requestMemory)));
        if (Resources(container.Resources?.Limits) is var (limitCpu, limitMemory, limitArguments))
            calls.Add(new DslCall<Container>("Limits", limitArguments, c => c.Limits(limitCpu, limitMemory)));
        AddProbe(calls, "LivenessProbe", container.LivenessProbe, (c, p) => c.LivenessProbe(p));
        AddProbe(calls, "ReadinessProbe", container.ReadinessProbe, (c, p) => c.ReadinessProbe(p));
        AddProbe(calls, "StartupProbe", container.StartupProbe, (c, p) => c.StartupProbe(p));
        foreach (var mount in container.VolumeMounts ?? [])
        {
            if (string.IsNullOrEmpty(mount.Name) || string.IsNullOrEmpty(mount.MountPath)) break;
            var (name, path, readOnly, subPath) = (mount.Name, mount.MountPath, mount.ReadOnly == true, mount.SubPath);
            var arguments = new List<Argument> { Argument.String(name), Argument.String(path) };
            if (readOnly) arguments.Add(Argument.Named("readOnly", Argument.Code("true")));
            if (subPath is not null) arguments.Add(Argument.Named("subPath", Argument.String(subPath)));
            calls.Add(new DslCall<Container>("Mount", arguments, c => c.Mount(name, path, readOnly, subPath)));
        }

        if (container.Lifecycle?.PreStop?.Exec?.Command is { Count: > 0 } preStop)
        {
            var words = preStop.ToArray();
            calls.Add(new DslCall<Container>("PreStop", [Argument.Code($"[{string.Join(", ", words.Select(w => CSharpLiterals.String(w)))}]")], c => c.PreStop(words)));
        }

        if (container.SecurityContext is { } security)
            calls.Add(SecurityCall(security));
        return calls;
    }

    private static DslCall<Container>? EnvCall(V1EnvVar env, ImportedObject obj, ImportScope scope)
    {
        if (string.IsNullOrEmpty(env.Name)) return null;
        var name = env.Name;
        if (env.ValueFrom is null)
        {
            var value = env.Value ?? "";
            return new DslCall<Container>("Env", [Argument.String(name), Argument.String(value)], c => c.Env(name, value));
        }

        if (env.Value is null && env.ValueFrom is { SecretKeyRef: { Name.Length: > 0, Key.Length: > 0, Optional: null } secretKey, ConfigMapKeyRef: null, FieldRef: null, ResourceFieldRef: null })
        {
            var (secretName, key) = (secretKey.Name, secretKey.Key);
            if (scope.Resource(V1Secret.KubeKind, secretName, obj) is { } secret)
                return new DslCall<Container>("Env", [Argument.String(name), new KeyOfArgument(secret, key)], (c, context) => c.Env(name, context.Resource<Secret>(secret).Key(key)));
            return new DslCall<Container>("Env", [Argument.String(name), Argument.Code($"Secret.Key({CSharpLiterals.String(secretName)}, {CSharpLiterals.String(key)})")], c => c.Env(name, Secret.Key(secretName, key)));
        }

        if (env.Value is null && env.ValueFrom is { ConfigMapKeyRef: { Name.Length: > 0, Key.Length: > 0, Optional: null } mapKey, SecretKeyRef: null, FieldRef: null, ResourceFieldRef: null })
        {
            var (mapName, key) = (mapKey.Name, mapKey.Key);
            if (scope.Resource(V1ConfigMap.KubeKind, mapName, obj) is { } configMap)
                return new DslCall<Container>("Env", [Argument.String(name), new KeyOfArgument(configMap, key)], (c, context) => c.Env(name, context.Resource<ConfigMap>(configMap).Key(key)));
            return new DslCall<Container>("Env", [Argument.String(name), Argument.Code($"ConfigMap.Key({CSharpLiterals.String(mapName)}, {CSharpLiterals.String(key)})")], c => c.Env(name, ConfigMap.Key(mapName, key)));
        }

        return null;
    }

    private static DslCall<Container>? EnvFromCall(V1EnvFromSource source, ImportedObject obj, ImportScope scope)
    {
        var prefix = source.Prefix;
        var prefixArguments = prefix is null ? Array.Empty<Argument>() : [Argument.String(prefix)];
        if (source is { ConfigMapRef: { Name.Length: > 0, Optional: null } mapRef, SecretRef: null })
        {
            var mapName = mapRef.Name;
            if (scope.Resource(V1ConfigMap.KubeKind, mapName, obj) is { } configMap)
                return new DslCall<Container>("EnvFrom", [new ReferenceArgument(configMap), .. prefixArguments], (c, context) => c.EnvFrom(context.Resource<ConfigMap>(configMap), prefix));
            return new DslCall<Container>("EnvFromConfigMap", [Argument.String(mapName), .. prefixArguments], c => c.EnvFromConfigMap(mapName, prefix));
        }

        if (source is { SecretRef: { Name.Length: > 0, Optional: null } secretRef, ConfigMapRef: null })
        {
            var secretName = secretRef.Name;
            if (scope.Resource(V1Secret.KubeKind, secretName, obj) is { } secret)
                return new DslCall<Container>("EnvFrom", [new ReferenceArgument(secret), .. prefixArguments], (c, context) => c.EnvFrom(context.Resource<Secret>(secret), prefix));
            return new DslCall<Container>("EnvFromSecret", [Argument.String(secretName), .. prefixArguments], c => c.EnvFromSecret(secretName, prefix));
        }

        return null;
    }

    // Requests(cpu:, memory:) and Limits(...) describe CPU and memory only; other resources stay with Configure.
    private static (string? Cpu, string? Memory, List<Argument> Arguments)? Resources(IDictionary<string, Quantity>? amounts)
    {
        if (amounts is not { Count: > 0 } || amounts.Keys.Any(k => k is not ("cpu" or "memory"))) return null;
        var cpu = amounts.TryGetValue("cpu", out var c) ? c.ToString() : null;
        var memory = amounts.TryGetValue("memory", out var m) ? m.ToString() : null;
        var arguments = new List<Argument>();
        if (cpu is not null) arguments.Add(Argument.Named("cpu", Argument.String(cpu)));
        if (memory is not null) arguments.Add(Argument.Named("memory", Argument.String(memory)));
        return (cpu, memory, arguments);
    }

    private static void AddProbe(List<DslCall<Container>> calls, string method, V1Probe? probe, Func<Container, Probe, Container> apply)
    {
        if (ProbeImport.Of(probe) is var (code, create))
            calls.Add(new DslCall<Container>(method, [code], c => apply(c, create())));
    }

    private static DslCall<Container> SecurityCall(V1SecurityContext security)
    {
        var (runAsUser, runAsGroup, runAsNonRoot, readOnlyRoot, allowEscalation, privileged) =
            (security.RunAsUser, security.RunAsGroup, security.RunAsNonRoot, security.ReadOnlyRootFilesystem, security.AllowPrivilegeEscalation, security.Privileged);
        var add = security.Capabilities?.Add?.ToArray();
        var drop = security.Capabilities?.Drop?.ToArray();
        var arguments = new List<Argument>();
        if (runAsUser is { } user) arguments.Add(Argument.Named("runAsUser", Argument.Int(user)));
        if (runAsGroup is { } group) arguments.Add(Argument.Named("runAsGroup", Argument.Int(group)));
        if (runAsNonRoot is { } nonRoot) arguments.Add(Argument.Named("runAsNonRoot", Argument.Code(CSharpLiterals.Bool(nonRoot))));
        if (readOnlyRoot is { } readOnly) arguments.Add(Argument.Named("readOnlyRootFilesystem", Argument.Code(CSharpLiterals.Bool(readOnly))));
        if (allowEscalation is { } escalation) arguments.Add(Argument.Named("allowPrivilegeEscalation", Argument.Code(CSharpLiterals.Bool(escalation))));
        if (privileged is { } isPrivileged) arguments.Add(Argument.Named("privileged", Argument.Code(CSharpLiterals.Bool(isPrivileged))));
        if (add is not null) arguments.Add(Argument.Named("addCapabilities", Argument.Code($"[{string.Join(", ", add.Select(a => CSharpLiterals.String(a)))}]")));
        if (drop is not null) arguments.Add(Argument.Named("dropCapabilities", Argument.Code($"[{string.Join(", ", drop.Select(a => CSharpLiterals.String(a)))}]")));
        return new DslCall<Container>("SecurityContext", arguments, c => c.SecurityContext(runAsUser, runAsGroup, runAsNonRoot, readOnlyRoot, allowEscalation, privileged, add, drop));
    }
}
