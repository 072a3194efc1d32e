using K8sTyped.Rules;
using static K8sTyped.Tests.Dsl.DslTestSupport;

namespace K8sTyped.Tests.Rules.Binding;

/// <summary>KT3001 on DSL claims points at the call that set the field that makes the claim unbindable, not at the factory.</summary>
public class KT3001OriginTests
{
    private static Diagnostic Finding(Application app) => Assert.Single(app.Validate().Diagnostics, d => d.Id == "KT3001");

    [Fact]
    public void A_wrong_access_mode_points_at_the_AccessModes_call_and_the_volume_at_its_own()
    {
        var claimLine = ThisLine(); var claim = PersistentVolumeClaim.Named("data")
            .NoStorageClass()
            .Requesting("1Gi")
            .AccessModes(AccessMode.ReadWriteMany);
        var volumeLine = ThisLine(); var volume = PersistentVolume.Named("pv-data")
            .Capacity("1Gi")
            .AccessModes(AccessMode.ReadWriteOnce)
            .HostPath("/data/pv-data");
        var app = Application.Named("app").InNamespace("shop").Add(claim, volume);

        var finding = Finding(app);

        Assert.Equal("spec.accessModes", finding.Path);
        Assert.Equal(claimLine + 3, finding.Origin!.Line);
        Assert.Equal(ThisFile(), finding.Origin.FilePath);
        Assert.Equal([volumeLine + 2], RuleTestKit.RelatedLines(finding));
    }

    [Fact]
    public void A_too_large_request_of_a_claim_template_points_at_the_ClaimTemplate_call()
    {
        var storageClass = StorageClass.Named("local").Provisioner("kubernetes.io/no-provisioner");
        var volume = PersistentVolume.Named("pv-local").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).StorageClass(storageClass).HostPath("/data/a");
        var first = ThisLine();
        var db = StatefulSet.Named("db")
            .Replicas(1)
            .Pods(Labels.Of("app", "db"), pod => pod.Container("db", "mariadb:11.4", c => c.Mount("data", "/var/lib/mysql")))
            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "5Gi", storageClass);
        var app = Application.Named("app").InNamespace("shop").Add(storageClass, volume, db);

        var finding = Finding(app);

        Assert.Equal("spec.volumeClaimTemplates[0].spec.resources.requests[storage]", finding.Path);
        Assert.Equal(first + 4, finding.Origin!.Line);
        Assert.NotEqual(first + 1, finding.Origin.Line);
    }

    [Fact]
    public void An_access_mode_the_provisioner_cannot_give_points_at_the_ClaimTemplate_call()
    {
        var storageClass = StorageClass.Named("standard").Provisioner("pd.csi.storage.gke.io");
        var first = ThisLine();
        var db = StatefulSet.Named("db")
            .Pods(Labels.Of("app", "db"), pod => pod.Container("db", "mariadb:11.4", c => c.Mount("data", "/var/lib/mysql")))
            .ClaimTemplate("data", AccessMode.ReadWriteMany, "1Gi", storageClass);
        var app = Application.Named("app").InNamespace("shop").Add(storageClass, db);

        var finding = Finding(app);

        Assert.Equal("spec.volumeClaimTemplates[0].spec.accessModes", finding.Path);
        Assert.Equal(first + 3, finding.Origin!.Line);
    }
}
