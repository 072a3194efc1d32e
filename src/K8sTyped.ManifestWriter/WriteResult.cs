namespace K8sTyped.ManifestWriter;

/// <summary>What one run did: <see cref="Produced"/> = <see cref="Written"/> + <see cref="Unchanged"/>.</summary>
internal sealed record WriteResult(int Produced, int Written, int Removed)
{
    /// <summary>Files whose bytes were already right and were left alone.</summary>
    public int Unchanged => Produced - Written;
}
