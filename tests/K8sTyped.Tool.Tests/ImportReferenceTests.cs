using K8sTyped.Tool.Tests.TestSupport;

namespace K8sTyped.Tool.Tests;

/// <summary>
/// Identities become references (an object that names another imported object refers to its variable), and every
/// field the DSL has a method for is imported as that method.
/// </summary>
public sealed class ImportReferenceTests
{
    [Fact]
    public void Every_field_the_DSL_has_a_method_for_imports_as_that_method_and_builds_equal()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ImportData", "dsl-methods.yaml"));

        var code = ImportedBuild.ImportFromStandardInput(yaml);

        Assert.DoesNotContain("Configure", code, StringComparison.Ordinal);
        Assert.DoesNotContain("new V1", code, StringComparison.Ordinal);
        Assert.Contains(".Env(\"USER\", creds.Key(\"user\"))", code, StringComparison.Ordinal);
        Assert.Contains(".SecretVolume(\"tls\", creds)", code, StringComparison.Ordinal);
        Assert.Contains(".GovernedBy(edgeHs)", code, StringComparison.Ordinal);
        Assert.Contains(".ClaimTemplate(\"data\", [AccessMode.ReadWriteOnce, AccessMode.ReadOnlyMany], \"1Gi\", t => t\n", code, StringComparison.Ordinal);
        Assert.Contains("    .ExternalClaim(\"external-claim\")\n            .ExternalConfigMap(\"elsewhere\");", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_reserved_for_an_imported_claim_refers_to_it()
    {
        var code = ImportedBuild.ImportFromStandardInput("""
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: data
              namespace: shop
            spec:
              accessModes: [ReadWriteOnce]
              resources:
                requests:
                  storage: 1Gi
              storageClassName: local
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata:
              name: local
            provisioner: kubernetes.io/no-provisioner
            volumeBindingMode: WaitForFirstConsumer
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: disk-1
            spec:
              accessModes: [ReadWriteOnce]
              capacity:
                storage: 1Gi
              claimRef:
                name: data
                namespace: shop
              local:
                path: /mnt/disk
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - key: kubernetes.io/hostname
                      operator: In
                      values: [node-1]
              storageClassName: local
            """);

        Assert.Contains(".ReservedFor(data)", code, StringComparison.Ordinal);
        Assert.Contains(".Local(\"/mnt/disk\", \"node-1\")", code, StringComparison.Ordinal);
        Assert.Contains("PersistentVolumeClaim.Named(\"data\")\n            .StorageClass(local)", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Configure", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Pods_refer_to_imported_ConfigMaps_Secrets_and_claims_and_a_budget_to_its_Deployment()
    {
        var code = ImportedBuild.ImportFromStandardInput("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: tls
            stringData:
              key: secret
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: cache
            spec:
              accessModes: [ReadWriteOnce]
              resources:
                requests:
                  storage: 1Gi
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              replicas: 2
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                  - name: api
                    image: api:1.0
                    env:
                    - name: MODE
                      valueFrom:
                        configMapKeyRef: {name: settings, key: mode}
                    envFrom:
                    - secretRef: {name: tls}
                    volumeMounts:
                    - {name: cache, mountPath: /cache}
                  volumes:
                  - name: cache
                    persistentVolumeClaim: {claimName: cache}
                  - name: settings
                    configMap: {name: settings}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: api
            spec:
              minAvailable: 1
              selector:
                matchLabels: {app: api}
            """);

        Assert.Contains(".Env(\"MODE\", settings.Key(\"mode\"))", code, StringComparison.Ordinal);
        Assert.Contains(".EnvFrom(tls)", code, StringComparison.Ordinal);
        Assert.Contains(".ClaimVolume(\"cache\", cache)", code, StringComparison.Ordinal);
        Assert.Contains(".ConfigMapVolume(\"settings\", settings)", code, StringComparison.Ordinal);
        Assert.Contains(".For(apiDeployment)", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Configure", code, StringComparison.Ordinal);
    }
}
