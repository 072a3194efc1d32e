using K8sTyped.Validation;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// The volumes still free during a simulation, indexed as the PV controller searches them (<see cref="BindingSimulator.FindBest"/>):
/// by access-mode set (fewest modes first), then volumes pre-bound by claimRef, then free volumes by class and volume
/// mode in (capacity, manifest order). A claim then costs a few index look-ups and the candidates it cannot take, not
/// a pass over every volume: binding thousands of claims stays near-linear.
/// </summary>
internal sealed class AvailableVolumes
{
    private readonly List<Group> _groups;
    private readonly HashSet<VolumeCandidate> _taken = [];

    public AvailableVolumes(IEnumerable<VolumeCandidate> volumes)
    {
        _groups = volumes
            .GroupBy(v => v.AccessModeKey, StringComparer.Ordinal)
            .OrderBy(g => g.First().AccessModes.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.OrderBy(v => v.Order).ToList()))
            .ToList();
    }

    /// <summary>What <see cref="BindingSimulator.FindBest"/> returns for the free volumes, without scanning them all.</summary>
    public VolumeCandidate? FindBest(ClaimRequest claim, string? className)
    {
        foreach (var group in _groups)
        {
            if (!group.First.OffersAccessModesOf(claim)) continue;
            // A volume pre-bound to the claim wins at once, whatever the other volumes of its group.
            foreach (var volume in group.Reserved)
            {
                if (!_taken.Contains(volume) && volume.IsReservedFor(claim) && volume.Capacity >= claim.Request
                    && volume.VolumeMode == claim.VolumeMode && !volume.IsBeingDeleted)
                    return volume;
            }

            if (className is not null && group.Free.TryGetValue((className, claim.VolumeMode), out var free))
            {
                // The smallest fit, earliest in the manifests among equals: the first acceptable one from the request up.
                for (var i = LowerBound(free, claim.Request); i < free.Count; i++)
                {
                    var volume = free[i];
                    if (volume.IsBeingDeleted || !volume.IsAvailable) continue;
                    if (claim.Selector is { } selector && !LabelSelectors.Matches(selector, volume.Labels)) continue;
                    return volume;
                }
            }
        }

        return null;
    }

    /// <summary>Takes <paramref name="volume"/> out of the free volumes (it is bound now).</summary>
    public void Take(VolumeCandidate volume)
    {
        _taken.Add(volume);
        foreach (var group in _groups)
        {
            if (volume.ClaimRef is null && group.Free.TryGetValue((volume.ClassName, volume.VolumeMode), out var free))
                free.Remove(volume);
        }
    }

    // The index of the first volume whose capacity is at least the request.
    private static int LowerBound(List<VolumeCandidate> sorted, Quantity request)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Capacity < request) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    private sealed class Group
    {
        public Group(List<VolumeCandidate> volumes)
        {
            First = volumes[0];
            Reserved = volumes.Where(v => v.ClaimRef is not null).ToList();
            Free = volumes.Where(v => v.ClaimRef is null)
                .GroupBy(v => (v.ClassName, v.VolumeMode))
                .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Capacity).ThenBy(v => v.Order).ToList());
        }

        /// <summary>Any volume of the group: they all offer the same access modes.</summary>
        public VolumeCandidate First { get; }

        public List<VolumeCandidate> Reserved { get; }

        public Dictionary<(string ClassName, string VolumeMode), List<VolumeCandidate>> Free { get; }
    }
}
