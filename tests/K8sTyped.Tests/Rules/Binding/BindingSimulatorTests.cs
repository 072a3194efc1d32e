using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Rules.Binding;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

/// <summary>
/// The simulator against the PV controller's semantics (FindMatchingVolume, findByClaim, checkVolumeSatisfyClaim,
/// syncUnboundClaim): each row is a set of volumes, claims and classes and where every claim ends up.
/// Outcomes read <c>bound:&lt;pv&gt;</c>, <c>provisioned</c>, <c>pending:&lt;cause&gt;</c> or <c>undetermined</c>.
/// </summary>
public class BindingSimulatorTests
{
    private static readonly Dictionary<string, string> s_fast = new() { ["tier"] = "fast" };

    private static readonly Dictionary<string, (ManifestSet Manifests, Dictionary<string, string> Expected)> s_cases = new()
    {
        ["smallest fitting volume wins"] = (
            Set(Pv("pv-big", "10Gi", storageClass: ""), Pv("pv-small", "2Gi", storageClass: ""), Pv("pv-tiny", "500Mi", storageClass: ""), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-small" }),
        ["capacity compares by value across suffixes"] = (
            Set(Pv("pv-decimal", "1G", storageClass: ""), Pv("pv-binary", "1Gi", storageClass: ""), Pvc("data", "1000M", storageClass: "")),
            new() { ["data"] = "bound:pv-decimal" }),
        ["1G is less than 1000Mi, so the volume is too small"] = (
            Set(Pv("pv-decimal", "1G", storageClass: ""), Pvc("data", "1000Mi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a ReadWriteMany-only volume does not serve a ReadWriteOnce claim: modes are a set, not a ranking"] = (
            Set(Pv("pv-shared", "1Gi", [Rwx], storageClass: ""), Pvc("data", "1Gi", [Rwo], storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a volume offering both modes serves a ReadWriteOnce claim"] = (
            Set(Pv("pv-both", "1Gi", [Rwo, Rwx], storageClass: ""), Pvc("data", "1Gi", [Rwo], storageClass: "")),
            new() { ["data"] = "bound:pv-both" }),
        ["a ReadWriteOnce volume does not serve a ReadWriteMany claim"] = (
            Set(Pv("pv-rwo", "1Gi", [Rwo], storageClass: ""), Pvc("logs", "1Gi", [Rwx], storageClass: "")),
            new() { ["logs"] = "pending:NoVolumeAndNoClass" }),
        ["volumes with fewer access modes are searched first, even when larger"] = (
            Set(Pv("pv-rwo-only", "5Gi", [Rwo], storageClass: ""), Pv("pv-rwo-rox", "1Gi", [Rwo, Rox], storageClass: ""), Pvc("data", "1Gi", [Rwo], storageClass: "")),
            new() { ["data"] = "bound:pv-rwo-only" }),
        ["volumeMode must be equal, unset meaning Filesystem"] = (
            Set(Pv("pv-block", "1Gi", storageClass: "", volumeMode: "Block"), Pvc("fs", "1Gi", storageClass: ""), Pvc("raw", ClaimSpec("1Gi", storageClass: "", volumeMode: "Block"))),
            new() { ["fs"] = "pending:NoVolumeAndNoClass", ["raw"] = "bound:pv-block" }),
        ["the selector filters on volume labels"] = (
            Set(
                Pv("pv-slow", "1Gi", storageClass: "", labels: new() { ["tier"] = "slow" }),
                Pv("pv-fast", "5Gi", storageClass: "", labels: s_fast),
                Pvc("data", ClaimSpec("1Gi", storageClass: "", selector: new V1LabelSelector { MatchLabels = s_fast }))),
            new() { ["data"] = "bound:pv-fast" }),
        ["storageClassName \"\" binds only volumes without a class"] = (
            Set(Pv("pv-manual", "1Gi", storageClass: "manual"), Pv("pv-plain", "2Gi"), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-plain" }),
        ["an unset class gets the default class of the manifests and is provisioned, not bound to a class-less volume"] = (
            Set(StorageClass("standard", "pd.csi.storage.gke.io", isDefault: true), Pv("pv-plain", "1Gi"), Pvc("data", "1Gi")),
            new() { ["data"] = "provisioned" }),
        ["an unset class gets the default class and binds a volume of that class"] = (
            Set(StorageClass("standard", "pd.csi.storage.gke.io", isDefault: true), Pv("pv-plain", "1Gi"), Pv("pv-standard", "1Gi", storageClass: "standard"), Pvc("data", "1Gi")),
            new() { ["data"] = "bound:pv-standard" }),
        ["a default annotation other than exactly \"true\" makes no default"] = (
            Set(WithDefaultAnnotation(StorageClass("standard", "pd.csi.storage.gke.io"), "True"), Pv("pv-plain", "1Gi"), Pvc("data", "1Gi")),
            new() { ["data"] = "bound:pv-plain" }),
        ["an unset class on a cluster without a default class means \"\""] = (
            Set(new ClusterProfile { HasDefaultStorageClass = false }, Pv("pv-plain", "1Gi"), Pvc("data", "1Gi"), Pvc("more", "1Gi")),
            new() { ["data"] = "bound:pv-plain", ["more"] = "pending:LostToOtherClaims" }),
        ["an unset class on a cluster with a default class outside the manifests is provisioned"] = (
            Set(new ClusterProfile { HasDefaultStorageClass = true }, Pv("pv-plain", "1Gi"), Pvc("data", "1Gi")),
            new() { ["data"] = "provisioned" }),
        ["an unset class with nothing known about a default class is undetermined"] = (
            Set(Pvc("data", "1Gi")),
            new() { ["data"] = "undetermined" }),
        ["the beta annotation takes precedence over storageClassName"] = (
            Set(
                Pv("pv-plain", "1Gi"),
                Pv("pv-fast", "1Gi", storageClass: "fast"),
                Pvc("data", ClaimSpec("1Gi", storageClass: ""), new() { ["volume.beta.kubernetes.io/storage-class"] = "fast" })),
            new() { ["data"] = "bound:pv-fast" }),
        ["the beta annotation on a volume takes precedence too"] = (
            Set(Pv("pv-annotated", "1Gi", storageClass: "", annotations: new() { ["volume.beta.kubernetes.io/storage-class"] = "fast" }), Pvc("data", "1Gi", storageClass: "fast"), Pvc("plain", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-annotated", ["plain"] = "pending:NoVolumeAndNoClass" }),
        ["a claimRef pre-binding wins even when the volume is larger"] = (
            Set(Pv("pv-small", "1Gi", storageClass: ""), Pv("pv-reserved", "10Gi", storageClass: "", claimRef: ClaimRef("data")), Pvc("other", "1Gi", storageClass: ""), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-reserved", ["other"] = "bound:pv-small" }),
        ["a claimRef pre-binding skips the class and selector checks"] = (
            Set(Pv("pv-reserved", "1Gi", storageClass: "manual", claimRef: ClaimRef("data")), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-reserved" }),
        ["a claimRef pre-binding does not skip the size check"] = (
            Set(Pv("pv-reserved", "1Gi", storageClass: "", claimRef: ClaimRef("data")), Pvc("data", "5Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a claimRef UID matches no claim the manifests create"] = (
            Set(Pv("pv-reserved", "1Gi", storageClass: "", claimRef: ClaimRef("data", uid: "4f7c")), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a claimRef in another namespace reserves the volume for another claim"] = (
            Set(Pv("pv-reserved", "1Gi", storageClass: "", claimRef: ClaimRef("data", "billing")), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["volumeName binds the named volume, not the smallest"] = (
            Set(Pv("pv-a", "1Gi", storageClass: ""), Pv("pv-b", "10Gi", storageClass: ""), Pvc("data", "1Gi", storageClass: "", volumeName: "pv-b")),
            new() { ["data"] = "bound:pv-b" }),
        ["volumeName skips the selector"] = (
            Set(Pv("pv-a", "1Gi", storageClass: ""), Pvc("data", ClaimSpec("1Gi", storageClass: "", volumeName: "pv-a", selector: new V1LabelSelector { MatchLabels = s_fast }))),
            new() { ["data"] = "bound:pv-a" }),
        ["volumeName still requires the size"] = (
            Set(Pv("pv-a", "1Gi", storageClass: ""), Pvc("data", "5Gi", storageClass: "", volumeName: "pv-a")),
            new() { ["data"] = "pending:RequestedVolumeMismatch" }),
        ["volumeName with an unset class and a default class does not match a class-less volume"] = (
            Set(StorageClass("standard", "pd.csi.storage.gke.io", isDefault: true), Pv("pv-a", "1Gi"), Pvc("data", "1Gi", volumeName: "pv-a")),
            new() { ["data"] = "pending:RequestedVolumeMismatch" }),
        ["volumeName of a volume reserved for another claim"] = (
            Set(Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("owner")), Pvc("data", "1Gi", storageClass: "", volumeName: "pv-a")),
            new() { ["data"] = "pending:RequestedVolumeTaken" }),
        ["volumeName of a volume outside the manifests is undetermined"] = (
            Set(Pvc("data", "1Gi", storageClass: "", volumeName: "pv-elsewhere")),
            new() { ["data"] = "undetermined" }),
        ["binding is one to one: the second claim loses"] = (
            Set(Pv("pv-only", "1Gi", storageClass: ""), Pvc("first", "1Gi", storageClass: ""), Pvc("second", "1Gi", storageClass: "")),
            new() { ["first"] = "bound:pv-only", ["second"] = "pending:LostToOtherClaims" }),
        ["a claim naming the volume goes first, wherever it is written"] = (
            Set(Pv("pv-only", "1Gi", storageClass: ""), Pvc("searching", "1Gi", storageClass: ""), Pvc("naming", "1Gi", storageClass: "", volumeName: "pv-only")),
            new() { ["naming"] = "bound:pv-only", ["searching"] = "pending:LostToOtherClaims" }),
        ["each StatefulSet replica needs its own volume: three replicas, two volumes"] = (
            Set(Pv("pv-1", "1Gi", storageClass: ""), Pv("pv-2", "1Gi", storageClass: ""), StatefulSet("db", 3, "data", ClaimSpec("1Gi", storageClass: ""))),
            new() { ["data-db-0"] = "bound:pv-1", ["data-db-1"] = "bound:pv-2", ["data-db-2"] = "pending:LostToOtherClaims" }),
        ["a class in the manifests provisions when no volume fits"] = (
            Set(StorageClass("fast", "ebs.csi.aws.com"), Pv("pv-small", "1Gi", storageClass: "fast"), Pvc("data", "5Gi", storageClass: "fast")),
            new() { ["data"] = "provisioned" }),
        ["kubernetes.io/no-provisioner never provisions"] = (
            Set(StorageClass("local", "kubernetes.io/no-provisioner", bindingMode: "WaitForFirstConsumer"), Pvc("data", "1Gi", storageClass: "local")),
            new() { ["data"] = "pending:NoProvisioner" }),
        ["gce-pd cannot provision ReadWriteMany"] = (
            Set(StorageClass("standard", "kubernetes.io/gce-pd"), Pvc("shared", "1Gi", [Rwx], storageClass: "standard")),
            new() { ["shared"] = "pending:ProvisionerLacksAccessMode" }),
        ["pd.csi gives ReadWriteMany to Block volumes, which are not judged"] = (
            Set(StorageClass("standard", "pd.csi.storage.gke.io"), Pvc("shared", ClaimSpec("1Gi", [Rwx], storageClass: "standard", volumeMode: "Block"))),
            new() { ["shared"] = "provisioned" }),
        ["an unknown provisioner is assumed able"] = (
            Set(StorageClass("nfs", "example.com/nfs"), Pvc("shared", "1Gi", [Rwx], storageClass: "nfs")),
            new() { ["shared"] = "provisioned" }),
        ["provisioners refuse a claim with a selector"] = (
            Set(StorageClass("fast", "ebs.csi.aws.com"), Pvc("data", ClaimSpec("1Gi", storageClass: "fast", selector: new V1LabelSelector { MatchLabels = s_fast }))),
            new() { ["data"] = "pending:SelectorPreventsProvisioning" }),
        ["a class neither in the manifests nor declared is undetermined"] = (
            Set(Pvc("data", "1Gi", storageClass: "premium")),
            new() { ["data"] = "undetermined" }),
        ["a class declared external is assumed to provision"] = (
            new ManifestSet([Pvc("data", "1Gi", storageClass: "premium")], externals: new ExternalObjects().Declare("StorageClass", null, "premium")),
            new() { ["data"] = "provisioned" }),
        ["an Available volume of the cluster inventory binds a claim"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-existing", "1Gi", storageClass: ""), "Available")], Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-existing" }),
        ["an inventory volume read without a status is taken as Available"] = (
            RuleTestKit.OnCluster([Pv("pv-existing", "1Gi", storageClass: "")], Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-existing" }),
        ["an inventory volume bound to another claim is not reused"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-taken", "1Gi", storageClass: "", claimRef: ClaimRef("other", uid: "u-1")), "Bound")], Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a Released volume is not reused, even by a new claim of the old claim's name"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-old", "1Gi", storageClass: "", claimRef: ClaimRef("data", uid: "u-1")), "Released")], Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a Failed volume is not available"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-failed", "1Gi", storageClass: ""), "Failed")], Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["a volume being deleted is not available"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-going", "1Gi", storageClass: ""), "Available", beingDeleted: true)], Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "pending:NoVolumeAndNoClass" }),
        ["an inventory volume Bound to the claim of that name stays that claim's when the manifests re-apply it"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-mine", "1Gi", storageClass: "", claimRef: ClaimRef("data-db-0", uid: "u-1")), "Bound")], StatefulSet("db", 1, "data", ClaimSpec("1Gi", storageClass: ""))),
            new() { ["data-db-0"] = "bound:pv-mine" }),
        ["the live claim's UID in the inventory decides whether a Bound volume is its own"] = (
            RuleTestKit.OnCluster(
                [InPhase(Pv("pv-mine", "1Gi", storageClass: "", claimRef: ClaimRef("data", uid: "u-1")), "Bound"), Live(Pvc("data", "1Gi", storageClass: ""), "u-1"),
                 InPhase(Pv("pv-stale", "1Gi", storageClass: "", claimRef: ClaimRef("logs", uid: "u-2")), "Bound"), Live(Pvc("logs", "1Gi", storageClass: ""), "u-3")],
                Pvc("data", "1Gi", storageClass: ""),
                Pvc("logs", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-mine", ["logs"] = "pending:NoVolumeAndNoClass" }),
        ["a volume of the manifests replaces the inventory volume of the same name"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-a", "1Gi", storageClass: "", claimRef: ClaimRef("other")), "Bound")], Pv("pv-a", "1Gi", storageClass: ""), Pvc("data", "1Gi", storageClass: "")),
            new() { ["data"] = "bound:pv-a" }),
        ["volumeName may name a volume of the inventory"] = (
            RuleTestKit.OnCluster([InPhase(Pv("pv-existing", "5Gi", storageClass: ""), "Available")], Pvc("data", "1Gi", storageClass: "", volumeName: "pv-existing")),
            new() { ["data"] = "bound:pv-existing" }),
        ["a class of the inventory provisions"] = (
            RuleTestKit.OnCluster([StorageClass("fast", "ebs.csi.aws.com")], Pvc("data", "1Gi", storageClass: "fast")),
            new() { ["data"] = "provisioned" }),
        ["an inventory class with kubernetes.io/no-provisioner never provisions"] = (
            RuleTestKit.OnCluster([StorageClass("local", "kubernetes.io/no-provisioner")], Pvc("data", "1Gi", storageClass: "local")),
            new() { ["data"] = "pending:NoProvisioner" }),
        ["the default class of the inventory is the cluster default"] = (
            RuleTestKit.OnCluster([StorageClass("standard", "pd.csi.storage.gke.io", isDefault: true)], Pv("pv-plain", "1Gi"), Pv("pv-standard", "1Gi", storageClass: "standard"), Pvc("data", "1Gi")),
            new() { ["data"] = "bound:pv-standard" }),
        ["the newest default class of the inventory wins"] = (
            RuleTestKit.OnCluster(
                [CreatedAt(StorageClass("old", "kubernetes.io/no-provisioner", isDefault: true), 2020), CreatedAt(StorageClass("new", "pd.csi.storage.gke.io", isDefault: true), 2024)],
                Pvc("data", "1Gi")),
            new() { ["data"] = "provisioned" }),
        ["a default class of the manifests is created last, so it wins over the inventory's"] = (
            RuleTestKit.OnCluster([StorageClass("theirs", "pd.csi.storage.gke.io", isDefault: true)], StorageClass("mine", "kubernetes.io/no-provisioner", isDefault: true), Pvc("data", "1Gi")),
            new() { ["data"] = "pending:NoProvisioner" }),
        ["a default class the inventory shows outranks HasDefaultStorageClass = false"] = (
            new ManifestSet([Pvc("data", "1Gi")], cluster: new ClusterProfile { HasDefaultStorageClass = false, Inventory = [StorageClass("standard", "pd.csi.storage.gke.io", isDefault: true)] }),
            new() { ["data"] = "provisioned" }),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Claims_end_up_where_the_controller_puts_them(string name)
    {
        var (manifests, expected) = s_cases[name];

        var actual = BindingSimulator.Run(manifests).Outcomes.ToDictionary(o => o.Claim.Name, Describe);

        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Fact]
    public void The_simulation_is_computed_once_per_run_and_again_for_the_next_run()
    {
        var manifests = Set(Pvc("data", "1Gi", storageClass: ""));
        var run = new RuleContext(manifests, new RuleOptions(), []);
        var nextRun = new RuleContext(manifests, new RuleOptions(), []);

        Assert.Same(BindingSimulation.Of(run), BindingSimulation.Of(run));
        Assert.NotSame(BindingSimulation.Of(run), BindingSimulation.Of(nextRun));
    }

    private static string Describe(BindingOutcome outcome) => outcome.State switch
    {
        BindingState.Bound => "bound:" + outcome.Volume!.Name,
        BindingState.Pending => "pending:" + outcome.Cause,
        _ => outcome.State.ToString().ToLowerInvariant(),
    };

    private static ManifestSet Set(params IKubernetesObject[] objects) => new(objects);

    private static ManifestSet Set(ClusterProfile cluster, params IKubernetesObject[] objects) => new(objects, cluster: cluster);

    private static V1StorageClass WithDefaultAnnotation(V1StorageClass storageClass, string value)
    {
        storageClass.Metadata!.Annotations = new Dictionary<string, string> { ["storageclass.kubernetes.io/is-default-class"] = value };
        return storageClass;
    }
}
