using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

/// <summary>An inventory as <c>kubectl get pv,storageclass -o yaml</c> prints it, read with KubernetesYaml.Read, takes part in the rules.</summary>
public class InventoryFromKubectlTests
{
    private const string KubectlGet = """
        apiVersion: v1
        items:
        - apiVersion: v1
          kind: PersistentVolume
          metadata:
            annotations:
              pv.kubernetes.io/bound-by-controller: "yes"
            creationTimestamp: "2026-01-05T10:00:00Z"
            finalizers:
            - kubernetes.io/pv-protection
            name: pv-bound
            resourceVersion: "1234"
            uid: 6f0c2a44-0b8e-4c55-9d0e-7c2b1f0a9d11
          spec:
            accessModes:
            - ReadWriteOnce
            capacity:
              storage: 10Gi
            claimRef:
              apiVersion: v1
              kind: PersistentVolumeClaim
              name: data-db-0
              namespace: shop
              resourceVersion: "1200"
              uid: 3a1f5c62-9e1d-4e8a-8a57-2f4b6c0d7e21
            hostPath:
              path: /data/a
              type: ""
            persistentVolumeReclaimPolicy: Retain
            storageClassName: ""
            volumeMode: Filesystem
          status:
            phase: Bound
        - apiVersion: v1
          kind: PersistentVolume
          metadata:
            creationTimestamp: "2026-01-05T10:00:00Z"
            name: pv-free
          spec:
            accessModes:
            - ReadWriteOnce
            capacity:
              storage: 10Gi
            hostPath:
              path: /data/b
            persistentVolumeReclaimPolicy: Retain
            storageClassName: ""
            volumeMode: Filesystem
          status:
            phase: Available
        - apiVersion: storage.k8s.io/v1
          kind: StorageClass
          metadata:
            annotations:
              storageclass.kubernetes.io/is-default-class: "true"
            creationTimestamp: "2025-06-01T08:00:00Z"
            name: standard
          provisioner: pd.csi.storage.gke.io
          reclaimPolicy: Delete
          volumeBindingMode: Immediate
        kind: List
        metadata:
          resourceVersion: ""
        """;

    private static IReadOnlyList<IKubernetesObject> Inventory()
    {
        var read = KubernetesYaml.Read(KubectlGet, "cluster.yaml");
        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Errors));
        return read.Objects;
    }

    private static IReadOnlyList<Diagnostic> Validate(int replicas, IReadOnlyList<IKubernetesObject> inventory) =>
        RuleEngine.Validate(new ManifestSet(
            [StatefulSet("db", replicas, "data", ClaimSpec("5Gi", storageClass: ""))],
            cluster: new ClusterProfile { Inventory = inventory })).Diagnostics.Where(d => d.Id.StartsWith("KT3", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_replica_whose_volume_is_bound_keeps_it_and_the_next_takes_the_Available_one()
    {
        Assert.Empty(Validate(2, Inventory()));
        Assert.Equal(["KT3001", "KT3001"], Validate(2, []).Select(d => d.Id));
    }

    [Fact]
    public void A_third_replica_finds_no_volume_left()
    {
        var finding = Assert.Single(Validate(3, Inventory()));

        Assert.Equal("KT3002", finding.Id);
        // pv-bound is data-db-0's, so only pv-free was ever within reach of data-db-2.
        Assert.StartsWith(
            "Claim 'data-db-2' (template 'data' of StatefulSet 'db') and claim 'data-db-1' (template 'data' of StatefulSet 'db') both fit " +
            "PersistentVolume 'pv-free' (in the cluster inventory)",
            finding.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_inventory_default_class_is_the_cluster_default_and_nothing_is_reported_on_the_inventory()
    {
        var result = RuleEngine.Validate(new ManifestSet(
            [Pvc("logs", "1Gi")],
            cluster: new ClusterProfile { Inventory = Inventory() }));

        Assert.True(result.IsClean, result.ToString());
    }
}
