using K8sTyped.Models;

namespace K8sTyped.Rules.Graph;

/// <summary>
/// Every by-name reference the manifests make to Secrets, ConfigMaps, StorageClasses, claims and Services (other than
/// a StatefulSet's serviceName, which KT2001 checks), with what the cluster does when the target is missing.
/// </summary>
internal static class OutgoingReferences
{
    private const string Secret = "Secret";
    private const string ConfigMap = "ConfigMap";
    private const string StorageClass = "StorageClass";
    private const string Claim = "PersistentVolumeClaim";
    private const string Service = "Service";

    private const string ContainerConfigError =
        "the container does not start and the pod reports CreateContainerConfigError";
    private const string MountFails =
        "the pod stays in ContainerCreating with FailedMount events";
    private const string ClaimPending =
        "the claim stays Pending and nothing is provisioned";

    /// <summary>The references of all objects of the manifests.</summary>
    public static IEnumerable<OutgoingReference> Of(ManifestSet manifests)
    {
        foreach (var site in WorkloadQueries.PodSpecs(manifests))
        {
            foreach (var reference in OfPod(site))
                yield return reference;
        }

        foreach (var claim in WorkloadQueries.Claims(manifests))
        {
            // The class the controller uses: the beta annotation wins over storageClassName.
            if (StorageClassRequest.Of(claim) is { Name.Length: > 0 } request)
                yield return new OutgoingReference(claim.Owner, request.Path, StorageClass, null, request.Name, false, ClaimPending);
        }

        foreach (var ingress in manifests.OfType<V1Ingress>())
        {
            foreach (var reference in OfIngress(ingress))
                yield return reference;
        }
    }

    private static IEnumerable<OutgoingReference> OfPod(PodSpecSite site)
    {
        var ns = ManifestSet.NamespaceOf(site.Owner);
        OutgoingReference Ref(string path, string kind, string? name, bool? optional, string whenMissing) =>
            new(site.Owner, path, kind, ns, name ?? "", optional == true, whenMissing);

        foreach (var (container, path) in PodContainers.Of(site))
        {
            var env = container.Env ?? [];
            for (var i = 0; i < env.Count; i++)
            {
                var from = env[i]?.ValueFrom;
                if (from?.SecretKeyRef is { } secretKey)
                    yield return Ref($"{path}.env[{i}].valueFrom.secretKeyRef.name", Secret, secretKey.Name, secretKey.Optional, ContainerConfigError);
                if (from?.ConfigMapKeyRef is { } configMapKey)
                    yield return Ref($"{path}.env[{i}].valueFrom.configMapKeyRef.name", ConfigMap, configMapKey.Name, configMapKey.Optional, ContainerConfigError);
            }

            var envFrom = container.EnvFrom ?? [];
            for (var i = 0; i < envFrom.Count; i++)
            {
                if (envFrom[i]?.SecretRef is { } secretRef)
                    yield return Ref($"{path}.envFrom[{i}].secretRef.name", Secret, secretRef.Name, secretRef.Optional, ContainerConfigError);
                if (envFrom[i]?.ConfigMapRef is { } configMapRef)
                    yield return Ref($"{path}.envFrom[{i}].configMapRef.name", ConfigMap, configMapRef.Name, configMapRef.Optional, ContainerConfigError);
            }
        }

        var volumes = site.Spec.Volumes ?? [];
        for (var i = 0; i < volumes.Count; i++)
        {
            var volume = volumes[i];
            var path = $"{site.Path}.volumes[{i}]";
            if (volume?.Secret is { } secret)
                yield return Ref($"{path}.secret.secretName", Secret, secret.SecretName, secret.Optional, MountFails);
            if (volume?.ConfigMap is { } configMap)
                yield return Ref($"{path}.configMap.name", ConfigMap, configMap.Name, configMap.Optional, MountFails);
            if (volume?.PersistentVolumeClaim is { } claim)
                yield return Ref($"{path}.persistentVolumeClaim.claimName", Claim, claim.ClaimName, false, "the pod stays Pending (\"persistentvolumeclaim not found\")");
            if (volume?.Ephemeral?.VolumeClaimTemplate is { } ephemeral
                && StorageClassRequest.Of(ephemeral.Metadata, $"{path}.ephemeral.volumeClaimTemplate.metadata", ephemeral.Spec, $"{path}.ephemeral.volumeClaimTemplate.spec") is { Name.Length: > 0 } request)
                yield return new OutgoingReference(site.Owner, request.Path, StorageClass, null, request.Name, false, ClaimPending);

            var sources = volume?.Projected?.Sources ?? [];
            for (var j = 0; j < sources.Count; j++)
            {
                if (sources[j]?.Secret is { } projectedSecret)
                    yield return Ref($"{path}.projected.sources[{j}].secret.name", Secret, projectedSecret.Name, projectedSecret.Optional, MountFails);
                if (sources[j]?.ConfigMap is { } projectedConfigMap)
                    yield return Ref($"{path}.projected.sources[{j}].configMap.name", ConfigMap, projectedConfigMap.Name, projectedConfigMap.Optional, MountFails);
            }
        }

        var pullSecrets = site.Spec.ImagePullSecrets ?? [];
        for (var i = 0; i < pullSecrets.Count; i++)
        {
            yield return Ref($"{site.Path}.imagePullSecrets[{i}].name", Secret, pullSecrets[i]?.Name, false,
                "the kubelet pulls without credentials, so images from a private registry fail with ErrImagePull");
        }
    }

    private static IEnumerable<OutgoingReference> OfIngress(V1Ingress ingress)
    {
        var ns = ManifestSet.NamespaceOf(ingress);
        const string noBackend = "the ingress controller has no backend for these requests and answers them with an error (typically 503)";
        if (ingress.Spec?.DefaultBackend?.Service?.Name is { } defaultService)
            yield return new OutgoingReference(ingress, "spec.defaultBackend.service.name", Service, ns, defaultService, false, noBackend);

        var rules = ingress.Spec?.Rules ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            var paths = rules[i]?.Http?.Paths ?? [];
            for (var j = 0; j < paths.Count; j++)
            {
                if (paths[j]?.Backend?.Service?.Name is { } service)
                    yield return new OutgoingReference(ingress, $"spec.rules[{i}].http.paths[{j}].backend.service.name", Service, ns, service, false, noBackend);
            }
        }

        var tls = ingress.Spec?.Tls ?? [];
        for (var i = 0; i < tls.Count; i++)
        {
            if (tls[i]?.SecretName is { } secretName)
                yield return new OutgoingReference(ingress, $"spec.tls[{i}].secretName", Secret, ns, secretName, false,
                    "the ingress controller serves its default certificate instead, which clients reject");
        }
    }
}
