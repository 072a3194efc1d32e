namespace K8sTyped.ManifestWriter;

/// <summary>
/// What one run did: <see cref="Produced"/> = <see cref="Written"/> + <see cref="Unchanged"/>; <see cref="Warnings"/> are
/// things it refused to do that did not stop it (a state entry it will not remove).
/// </summary>
internal sealed record WriteResult(int Produced, int Written, int Removed, IReadOnlyList<string> Warnings)
{
    /// <summary>Files whose bytes were already right and were left alone.</summary>
    public int Unchanged => Produced - Written;
}
