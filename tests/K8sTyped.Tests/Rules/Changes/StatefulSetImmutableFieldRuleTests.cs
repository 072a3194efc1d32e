using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Tests.Rules.Storage;
using static K8sTyped.Tests.Rules.Changes.ChangeKit;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Changes;

public class StatefulSetImmutableFieldRuleTests
{
    private const string Id = "KT4001";
    private const string Refusal = "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    private static V1StatefulSet Db(Action<V1StatefulSet>? change = null)
    {
        var set = StorageObjects.StatefulSet("db", StorageObjects.ClaimSpec("10Gi"));
        set.Spec!.Replicas = 3;
        change?.Invoke(set);
        return set;
    }

    [Fact]
    public void A_new_serviceName_is_refused_and_recreating_with_orphaned_pods_is_the_way()
    {
        var finding = Single(Id, "db", "spec.serviceName", AfterBuild([Db()], Db(s => s.Spec!.ServiceName = "db-headless")));

        Assert.Contains(Refusal, finding.Message, StringComparison.Ordinal);
        Assert.Contains("'db-headless', was 'db' in the previous build's manifests", finding.Message, StringComparison.Ordinal);
        Assert.Contains("kubectl delete statefulset db --cascade=orphan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_smaller_claim_template_is_refused_and_volumes_never_shrink()
    {
        var finding = Single(Id, "db", "spec.volumeClaimTemplates[0].spec.resources.requests[storage]",
            AfterBuild([Db()], Db(s => s.Spec!.VolumeClaimTemplates![0].Spec!.Resources!.Requests!["storage"] = "5Gi")));

        Assert.Contains(Refusal, finding.Message, StringComparison.Ordinal);
        Assert.Contains("A volume never shrinks: the existing claims (data-0-db-0, data-0-db-1, data-0-db-2) stay at 10Gi", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_larger_claim_template_is_refused_and_the_claims_are_grown_one_by_one()
    {
        var finding = Single(Id, "db", "spec.volumeClaimTemplates[0].spec.resources.requests[storage]",
            AfterBuild([Db()], Db(s => s.Spec!.VolumeClaimTemplates![0].Spec!.Resources!.Requests!["storage"] = "20Gi")));

        Assert.Contains("kubectl patch pvc <claim> -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"20Gi\"}}}}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("--cascade=orphan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_class_on_a_claim_template_needs_new_claims()
    {
        var finding = Single(Id, "db", "spec.volumeClaimTemplates[0].spec.storageClassName",
            AfterBuild([Db()], Db(s => s.Spec!.VolumeClaimTemplates![0].Spec!.StorageClassName = "fast")));

        Assert.Contains("Existing claims are never changed by a StatefulSet", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_claim_template_and_a_new_selector_are_each_reported_once()
    {
        var current = Db(s =>
        {
            s.Spec!.VolumeClaimTemplates!.Add(new V1PersistentVolumeClaim { Metadata = new V1ObjectMeta { Name = "logs" }, Spec = StorageObjects.ClaimSpec("1Gi") });
            s.Spec.Selector!.MatchLabels!["tier"] = "db";
            s.Spec.Template!.Metadata!.Labels!["tier"] = "db";
        });

        var findings = Findings(Id, AfterBuild([Db()], current));

        Assert.Equal(["spec.selector.matchLabels[tier]", "spec.volumeClaimTemplates[1]"], findings.Select(f => f.Path));
        Assert.Contains("adds the claim template 'logs'", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("The new selector must still select the running pods", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_template_dropped_since_the_previous_build_is_reported_once()
    {
        var previous = Db(s => s.Spec!.VolumeClaimTemplates!.Add(new V1PersistentVolumeClaim { Metadata = new V1ObjectMeta { Name = "logs" }, Spec = StorageObjects.ClaimSpec("1Gi") }));

        var finding = Single(Id, "db", "spec.volumeClaimTemplates[1]", AfterBuild([previous], Db()));

        Assert.Contains("no longer has the claim template 'logs' it has in the previous build's manifests", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PodManagementPolicy_counts_its_default_when_unset()
    {
        Single(Id, "db", "spec.podManagementPolicy", AfterBuild([Db()], Db(s => s.Spec!.PodManagementPolicy = "Parallel")));
        None(Id, AfterBuild([Db()], Db(s => s.Spec!.PodManagementPolicy = "OrderedReady")));
    }

    [Fact]
    public void The_fields_that_may_change_are_not_reported()
    {
        var current = Db(s =>
        {
            s.Spec!.Replicas = 5;
            s.Spec.MinReadySeconds = 10;
            s.Spec.RevisionHistoryLimit = 3;
            s.Spec.UpdateStrategy = new V1StatefulSetUpdateStrategy { Type = "OnDelete" };
            s.Spec.Ordinals = new V1StatefulSetOrdinals { Start = 1 };
            s.Spec.PersistentVolumeClaimRetentionPolicy = new V1StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Delete" };
            s.Spec.Template!.Spec!.Containers![0].Image = "busybox:1.37";
            // The same size, written differently, is the same quantity.
            s.Spec.VolumeClaimTemplates![0].Spec!.Resources!.Requests!["storage"] = "10240Mi";
        });

        None(Id, AfterBuild([Db()], current));
    }

    [Fact]
    public void A_StatefulSet_without_a_deployed_version_is_new()
    {
        None(Id, AfterBuild([StorageObjects.StatefulSet("other")], Db()));
        None(Id, Db());
    }

    private const string Live = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          namespace: default
          uid: 0b8a5f59-3c2a-4e43-9d7e-1c2b3a4d5e6f
          resourceVersion: "4242"
          generation: 1
        spec:
          persistentVolumeClaimRetentionPolicy:
            whenDeleted: Retain
            whenScaled: Retain
          podManagementPolicy: OrderedReady
          replicas: 3
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app: db
          serviceName: db
          template:
            metadata:
              labels:
                app: db
            spec:
              containers:
              - name: main
                image: busybox
                imagePullPolicy: Always
              restartPolicy: Always
              terminationGracePeriodSeconds: 30
          updateStrategy:
            type: RollingUpdate
            rollingUpdate:
              partition: 0
          volumeClaimTemplates:
          - apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: data-0
            spec:
              accessModes:
              - ReadWriteOnce
              resources:
                requests:
                  storage: 10Gi
              volumeMode: Filesystem
            status:
              phase: Pending
        status:
          replicas: 3
        """;

    [Fact]
    public void What_the_API_server_filled_into_the_live_object_is_not_a_change()
    {
        None(Id, AgainstLive(FromYaml(Live), Db()));
    }

    [Fact]
    public void The_live_object_outranks_the_previous_build()
    {
        var manifests = new ManifestSet([Db()], cluster: new ClusterProfile
        {
            Inventory = FromYaml(Live),
            PreviousManifests = [Db(s => s.Spec!.ServiceName = "old")],
        });

        None(Id, manifests);
    }

    [Fact]
    public void A_claim_template_dropped_from_a_live_StatefulSet_is_reported()
    {
        var finding = Single(Id, "db", "spec.volumeClaimTemplates", AgainstLive(FromYaml(Live), Db(s => s.Spec!.VolumeClaimTemplates!.Clear())));

        Assert.Contains("no longer has the claim template(s) 'data-0' it has in the cluster inventory", finding.Message, StringComparison.Ordinal);
    }
}
