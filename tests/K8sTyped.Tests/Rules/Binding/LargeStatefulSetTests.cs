using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Rules.Binding;
using K8sTyped.Rules.Graph;
using static K8sTyped.Tests.Rules.Binding.BindingObjects;

namespace K8sTyped.Tests.Rules.Binding;

/// <summary>
/// A StatefulSet of a million replicas costs the rules what a few thousand do: replica claims beyond those simulated one
/// by one are one claim with a count, pods beyond the first thousand one label set, claim names computed when asked.
/// The bounds are asserted on what the rules build, not on time (BenchmarkDotNet measures that).
/// </summary>
public class LargeStatefulSetTests
{
    private const int Million = 1_000_000;

    [Fact]
    public void A_million_replicas_make_claims_in_proportion_to_the_templates_and_volumes_not_the_replicas()
    {
        var manifests = new ManifestSet([Pv("pv-1", "1Gi", storageClass: ""), Pv("pv-2", "1Gi", storageClass: ""), StatefulSet("db", Million, "data", ClaimSpec("1Gi", storageClass: ""))]);

        var claims = ClaimRequest.All(manifests, new ClusterInventory(manifests), VolumeCandidate.All(manifests, new ClusterInventory(manifests)));

        Assert.Equal(ClaimRequest.ReplicasOneByOne + 1, claims.Count);
        Assert.Equal(Million, claims.Sum(c => c.Count));
        var rest = claims[^1];
        Assert.Equal(("data-db-1000", Million - ClaimRequest.ReplicasOneByOne), (rest.Name, rest.Count));
    }

    [Fact]
    public void The_claims_beyond_the_first_thousand_lose_the_volumes_as_one_finding_naming_how_many_they_are()
    {
        var manifests = new ManifestSet([Pv("pv-1", "1Gi", storageClass: ""), Pv("pv-2", "1Gi", storageClass: ""), StatefulSet("db", Million, "data", ClaimSpec("1Gi", storageClass: ""))]);

        var simulation = BindingSimulator.Run(manifests);

        Assert.Equal(ClaimRequest.ReplicasOneByOne + 1, simulation.Outcomes.Count);
        Assert.Equal(["pv-1", "pv-2"], simulation.Outcomes.Where(o => o.State == BindingState.Bound).Select(o => o.Volume!.Name));
        var rest = simulation.Outcomes[^1];
        Assert.Equal(PendingCause.LostToOtherClaims, rest.Cause);
        var findings = RuleTestKit.Findings("KT3002", manifests);
        Assert.Equal(ClaimRequest.ReplicasOneByOne - 2 + 1, findings.Count);
        Assert.StartsWith("Claim 'data-db-1000' (and the 998999 replica claims after it, template 'data' of StatefulSet 'db') fits PersistentVolumes 'pv-1', 'pv-2'", findings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_reserved_for_a_far_replica_is_bound_to_that_replica()
    {
        var reserved = Pv("pv-far", "1Gi", storageClass: "", claimRef: ClaimRef("data-db-500000"));
        var manifests = new ManifestSet([reserved, StatefulSet("db", Million, "data", ClaimSpec("1Gi", storageClass: ""))]);

        var simulation = BindingSimulator.Run(manifests);

        var far = Assert.Single(simulation.Outcomes, o => o.Claim.Name == "data-db-500000");
        Assert.Equal((BindingState.Bound, "pv-far", 1), (far.State, far.Volume?.Name, far.Claim.Count));
        Assert.Single(simulation.Outcomes, o => o.State == BindingState.Bound);
        Assert.Equal(Million, simulation.Outcomes.Sum(o => o.Claim.Count));
    }

    [Fact]
    public void Pod_label_sets_and_claim_names_do_not_grow_with_the_replicas()
    {
        var set = StatefulSet("db", Million, "data", ClaimSpec("1Gi", storageClass: ""));
        var manifests = new ManifestSet([set]);

        var site = WorkloadQueries.PodSpecOf(set)!;
        Assert.Equal(PodLabelSets.PodsOneByOne + 1, PodLabelSets.Of(site).Count());
        var claim = Assert.Single(WorkloadQueries.Claims(manifests));
        var names = Assert.IsType<ReplicaClaimNames>(claim.ClaimNames);
        Assert.Equal((Million, "data-db-999999"), (names.Count, names[Million - 1]));
        var known = new KnownObjects(new RuleContext(manifests, new RuleOptions(), []));
        Assert.True(known.InManifests(V1PersistentVolumeClaim.KubeKind, "shop", "data-db-999999"));
        Assert.False(known.InManifests(V1PersistentVolumeClaim.KubeKind, "shop", "data-db-1000000"));
        Assert.False(known.InManifests(V1PersistentVolumeClaim.KubeKind, "shop", "data-db-007"));
    }
}
