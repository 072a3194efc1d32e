using K8sTyped.Models;
using K8sTyped.Tests.Rules.Storage;
using static K8sTyped.Tests.Rules.Changes.ChangeKit;
using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Changes;

public class ClaimSpecChangeRuleTests
{
    private const string Id = "KT4002";

    private static V1PersistentVolumeClaim Uploads(Action<V1PersistentVolumeClaimSpec>? change = null)
    {
        var claim = StorageObjects.Claim("uploads");
        claim.Spec!.StorageClassName = "standard";
        change?.Invoke(claim.Spec);
        return claim;
    }

    [Theory]
    [InlineData("spec.accessModes[0]")]
    [InlineData("spec.storageClassName")]
    [InlineData("spec.volumeMode")]
    public void A_fixed_field_that_changes_is_refused(string path)
    {
        var current = Uploads(spec =>
        {
            if (path == "spec.accessModes[0]") spec.AccessModes = ["ReadWriteMany"];
            if (path == "spec.storageClassName") spec.StorageClassName = "fast";
            if (path == "spec.volumeMode") spec.VolumeMode = "Block";
        });

        var finding = Single(Id, "uploads", path, AfterBuild([Uploads()], current));

        Assert.Contains("spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims", finding.Message, StringComparison.Ordinal);
        Assert.Contains("create a claim under a new name", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_smaller_request_is_refused()
    {
        var finding = Single(Id, "uploads", "spec.resources.requests[storage]",
            AfterBuild([Uploads()], Uploads(spec => spec.Resources!.Requests!["storage"] = "5Gi")));

        Assert.Contains("asks for 5Gi, less than the 10Gi it has in the previous build's manifests", finding.Message, StringComparison.Ordinal);
        Assert.Contains("field can not be less than status.capacity", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Growing_setting_a_class_once_and_changing_the_attributes_class_are_allowed()
    {
        var before = Uploads(spec => spec.StorageClassName = null);
        var current = Uploads(spec =>
        {
            spec.Resources!.Requests!["storage"] = "20Gi";
            spec.VolumeAttributesClassName = "gold";
            spec.VolumeName = "pv-0001";
        });

        None(Id, AfterBuild([before], current));
    }

    private const string Live = """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: uploads
          namespace: default
          annotations:
            pv.kubernetes.io/bind-completed: "yes"
        spec:
          accessModes:
          - ReadWriteOnce
          resources:
            requests:
              storage: 10Gi
          storageClassName: gp3
          volumeMode: Filesystem
          volumeName: pvc-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
        status:
          phase: Bound
          capacity:
            storage: 10Gi
        """;

    [Fact]
    public void The_class_and_volume_the_cluster_filled_in_are_not_changes()
    {
        None(Id, AgainstLive(FromYaml(Live), Uploads(spec => spec.StorageClassName = null)));
        Single(Id, "uploads", "spec.storageClassName", AgainstLive(FromYaml(Live), Uploads()));
    }
}
