using K8sTyped.Validation;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// Binds the claims of a manifest set to its volumes the way the PV controller does (pkg/controller/volume/
/// persistentvolume: syncUnboundClaim, index.go findByClaim, component-helpers FindMatchingVolume and
/// checkVolumeSatisfyClaim), then decides whether an unbound claim is provisioned.
/// </summary>
/// <remarks>
/// The controller handles claims in informer order, which is not defined; the simulation takes claims that name a
/// volume first, then claims a volume's claimRef reserves, then the rest in manifest order (StatefulSet replicas by
/// ordinal, the order the StatefulSet controller creates them). Every volume of the manifests is taken to be Available;
/// volumes of the cluster inventory keep their phase and claimRef.
/// </remarks>
internal static class BindingSimulator
{
    /// <summary>Simulates binding for every claim of <paramref name="manifests"/>, with the volumes and classes of its cluster inventory.</summary>
    public static BindingSimulation Run(ManifestSet manifests) => Run(manifests, new ClusterInventory(manifests));

    /// <summary>Simulates binding for every claim of <paramref name="manifests"/>.</summary>
    public static BindingSimulation Run(ManifestSet manifests, ClusterInventory inventory)
    {
        var classes = new StorageClassDirectory(manifests, inventory);
        var volumes = VolumeCandidate.All(manifests, inventory);
        var claims = ClaimRequest.All(manifests, inventory, volumes);
        var boundBy = new Dictionary<VolumeCandidate, ClaimRequest>();
        var available = new AvailableVolumes(volumes);
        var outcomes = new BindingOutcome[claims.Count];

        var reserving = volumes.Where(v => v.ClaimRef is not null).ToList();
        var byName = volumes.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var order = claims
            .OrderBy(c => c.VolumeName is not null ? 0 : reserving.Any(v => v.IsReservedFor(c)) ? 1 : 2)
            .ThenBy(c => c.Order);
        foreach (var claim in order)
        {
            var outcome = Bind(claim, classes.Resolve(claim.StorageClass), volumes, byName, available, boundBy);
            if (outcome.State == BindingState.Bound)
            {
                boundBy.Add(outcome.Volume!, claim);
                available.Take(outcome.Volume!);
            }

            outcomes[claim.Order] = outcome;
        }

        return new BindingSimulation(volumes, outcomes);
    }

    private static BindingOutcome Bind(
        ClaimRequest claim,
        ResolvedClass storageClass,
        IReadOnlyList<VolumeCandidate> volumes,
        IReadOnlyDictionary<string, VolumeCandidate> byName,
        AvailableVolumes available,
        Dictionary<VolumeCandidate, ClaimRequest> boundBy)
    {
        if (claim.VolumeName is { } requested)
            return BindRequested(claim, storageClass, byName.TryGetValue(requested, out var named) ? named : null, boundBy);

        var className = MatchingClassName(storageClass);
        var best = available.FindBest(claim, className);
        if (best is not null)
            return new BindingOutcome(claim, storageClass, BindingState.Bound, best);

        var verdict = Provision(claim, storageClass);
        if (verdict.State != BindingState.Pending)
            return verdict;

        // Pending: if volumes would have fitted but were taken, the claim lost a race rather than asked the impossible.
        var rivals = volumes
            .Where(v => boundBy.ContainsKey(v) && Fits(claim, className, v))
            .Select(v => new VolumeTakenBy(v, boundBy[v]))
            .ToList();
        return rivals.Count > 0 ? verdict with { Cause = PendingCause.LostToOtherClaims, Rivals = rivals } : verdict;
    }

    // The class volumes must carry: the resolved name; "" when nobody said whether a default exists (the claim binds a
    // class-less volume only on a cluster without one); none at all when the cluster default's name is unknown.
    private static string? MatchingClassName(ResolvedClass storageClass) => storageClass.Certainty switch
    {
        ClassCertainty.Known => storageClass.Name,
        ClassCertainty.DefaultUnknown => "",
        _ => null,
    };

    /// <summary>
    /// index.go findByClaim: volumes are grouped by their access-mode set; groups that hold every requested mode are
    /// searched fewest modes first (ties by name, where Go's map order is random), and the first group with a match
    /// wins. Within a group, FindMatchingVolume returns a volume pre-bound to the claim at once, else the smallest
    /// Available fit.
    /// </summary>
    public static VolumeCandidate? FindBest(ClaimRequest claim, string? className, IEnumerable<VolumeCandidate> available)
    {
        var groups = available
            .Where(v => v.OffersAccessModesOf(claim))
            .GroupBy(v => v.AccessModeKey, StringComparer.Ordinal)
            .OrderBy(g => g.First().AccessModes.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            VolumeCandidate? smallest = null;
            foreach (var volume in group.OrderBy(v => v.Order))
            {
                if (volume.ClaimRef is not null && !volume.IsReservedFor(claim)) continue;
                if (volume.Capacity < claim.Request) continue;
                if (volume.VolumeMode != claim.VolumeMode) continue;
                if (volume.IsBeingDeleted) continue;
                // A pre-bound volume skips the phase, selector and class checks below.
                if (volume.IsReservedFor(claim)) return volume;
                if (!volume.IsAvailable) continue;
                if (claim.Selector is { } selector && !LabelSelectors.Matches(selector, volume.Labels)) continue;
                if (className is null || volume.ClassName != className) continue;
                if (smallest is null || smallest.Capacity > volume.Capacity) smallest = volume;
            }

            if (smallest is not null) return smallest;
        }

        return null;
    }

    /// <summary>Whether <paramref name="volume"/> could bind <paramref name="claim"/> if no other claim had it.</summary>
    public static bool Fits(ClaimRequest claim, string? className, VolumeCandidate volume) =>
        FindBest(claim, className, [volume]) is not null;

    // syncUnboundClaim with spec.volumeName: no search; an unclaimed volume must pass checkVolumeSatisfyClaim, a volume
    // pre-bound to this claim is taken as is, and one claimed by another claim leaves this one Pending.
    private static BindingOutcome BindRequested(
        ClaimRequest claim,
        ResolvedClass storageClass,
        VolumeCandidate? volume,
        Dictionary<VolumeCandidate, ClaimRequest> boundBy)
    {
        if (volume is null)
            return new BindingOutcome(claim, storageClass, BindingState.Undetermined);
        if (boundBy.TryGetValue(volume, out var winner))
            return new BindingOutcome(claim, storageClass, BindingState.Pending, volume, PendingCause.RequestedVolumeTaken, Rivals: [new VolumeTakenBy(volume, winner)]);
        if (volume.ClaimRef is not null)
        {
            return volume.IsReservedFor(claim)
                ? new BindingOutcome(claim, storageClass, BindingState.Bound, volume)
                : new BindingOutcome(claim, storageClass, BindingState.Pending, volume, PendingCause.RequestedVolumeTaken);
        }

        var reasons = MismatchReason.OfRequestedVolume(claim, storageClass, volume);
        return reasons.Count == 0
            ? new BindingOutcome(claim, storageClass, BindingState.Bound, volume)
            : new BindingOutcome(claim, storageClass, BindingState.Pending, volume, PendingCause.RequestedVolumeMismatch, reasons);
    }

    // syncUnboundClaim without a match: a claim of class "" stays Pending; otherwise the class's provisioner is asked.
    private static BindingOutcome Provision(ClaimRequest claim, ResolvedClass storageClass)
    {
        BindingOutcome With(BindingState state, PendingCause? cause = null) => new(claim, storageClass, state, Cause: cause);

        switch (storageClass.Certainty)
        {
            case ClassCertainty.ClusterDefault:
                return With(BindingState.Provisioned);
            case ClassCertainty.DefaultUnknown:
                return With(BindingState.Undetermined);
        }

        if (storageClass.Name!.Length == 0)
            return With(BindingState.Pending, PendingCause.NoVolumeAndNoClass);
        if (storageClass.StorageClass is not { } known)
            return With(storageClass.IsDeclaredExternal ? BindingState.Provisioned : BindingState.Undetermined);

        var provisioner = known.Provisioner ?? "";
        if (provisioner == ProvisionerCapabilities.NoProvisioner)
            return With(BindingState.Pending, PendingCause.NoProvisioner);
        if (claim.Selector is not null)
            return With(BindingState.Pending, PendingCause.SelectorPreventsProvisioning);
        if (ProvisionerCapabilities.Refused(provisioner, claim.AccessModes, claim.VolumeMode).Count > 0)
            return With(BindingState.Pending, PendingCause.ProvisionerLacksAccessMode);
        return With(BindingState.Provisioned);
    }
}
