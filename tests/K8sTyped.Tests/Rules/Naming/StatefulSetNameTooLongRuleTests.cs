using static K8sTyped.Tests.Rules.RuleTestKit;

namespace K8sTyped.Tests.Rules.Naming;

public class StatefulSetNameTooLongRuleTests
{
    private const string Id = "KT1002";

    [Fact]
    public void A_name_of_52_characters_leaves_room_for_the_revision_hash() =>
        None(Id, ValidObjects.StatefulSet(new string('m', 52)));

    [Fact]
    public void A_name_of_53_characters_makes_the_controller_revision_hash_label_overflow()
    {
        var name = new string('m', 53);

        var finding = Single(Id, name, "metadata.name", ValidObjects.StatefulSet(name));

        Assert.Contains("has 53 characters", finding.Message);
        Assert.Contains("controller-revision-hash", finding.Message);
        Assert.Contains("FailedCreate", finding.Message);
        Assert.Contains("at most 52 characters", finding.Message);
        Assert.DoesNotContain("hostname", finding.Message); // mmm…-2 has 55 characters: the pod name still fits
    }

    [Fact]
    public void A_name_whose_highest_pod_name_exceeds_63_characters_explains_the_hostname_too()
    {
        var name = new string('m', 61);
        var set = ValidObjects.StatefulSet(name);
        set.Spec!.Replicas = 11; // highest ordinal 10: "<61>-10" has 64 characters

        var finding = Single(Id, name, "metadata.name", set);

        Assert.Contains($"Its pod \"{name}-10\" also has 64 characters", finding.Message);
        Assert.Contains("statefulset.kubernetes.io/pod-name", finding.Message);
    }

    [Fact]
    public void The_highest_ordinal_counts_from_ordinals_start()
    {
        var name = new string('m', 60);
        var set = ValidObjects.StatefulSet(name);
        set.Spec!.Replicas = 1;
        set.Spec.Ordinals = new K8sTyped.Models.V1StatefulSetOrdinals { Start = 100 };

        var finding = Single(Id, name, "metadata.name", set);

        Assert.Contains($"\"{name}-100\"", finding.Message);
    }

    [Fact]
    public void A_claim_name_longer_than_253_characters_is_reported_on_the_template()
    {
        // The set name alone breaks KT1001 and the hash budget; the claim names overflow on top of that.
        var name = new string('m', 200);
        var set = ValidObjects.StatefulSet(name);
        set.Spec!.VolumeClaimTemplates![0].Metadata!.Name = new string('d', 60);

        var findings = Findings(Id, set);

        Assert.Equal(2, findings.Count);
        var claim = Assert.Single(findings, f => f.Path == "spec.volumeClaimTemplates[0].metadata.name");
        Assert.Contains("has 263 characters, more than the 253", claim.Message);
    }

    [Fact]
    public void A_statefulset_without_a_name_is_left_to_kt1001()
    {
        var set = ValidObjects.StatefulSet();
        set.Metadata!.Name = null;

        None(Id, set);
    }
}
