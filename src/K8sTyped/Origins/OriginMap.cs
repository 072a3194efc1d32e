namespace K8sTyped.Origins;

/// <summary>
/// For one object, which call (and which argument) set each field path. Lookups fall back to the longest recorded
/// prefix, so a problem deep inside a value set by one call points at that call.
/// </summary>
public sealed class OriginMap
{
    private readonly Dictionary<string, (CallSite Site, string? Parameter)> _byPath = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="site"/> set <paramref name="path"/> through <paramref name="parameterName"/>.</summary>
    /// <param name="path">A field path such as <c>spec.replicas</c> or <c>spec.template.spec.containers[0]</c>; "" is the whole object.</param>
    /// <param name="site">The DSL call.</param>
    /// <param name="parameterName">The call's parameter that carried the value, or null for the call as a whole.</param>
    public void Record(string path, CallSite site, string? parameterName = null) =>
        _byPath[path ?? throw new ArgumentNullException(nameof(path))] = (site ?? throw new ArgumentNullException(nameof(site)), parameterName);

    /// <summary>Where the value at <paramref name="path"/> (or its nearest recorded parent) was set; null when nothing is recorded.</summary>
    public SourceOrigin? Find(string path)
    {
        for (var candidate = path; ; candidate = Parent(candidate))
        {
            if (_byPath.TryGetValue(candidate, out var entry))
                return entry.Site.Locate(entry.Parameter);
            if (candidate.Length == 0)
                return null;
        }
    }

    // "a.b[c.d]" → "a.b" (a map key may contain dots), "a.b" → "a", "a" → "".
    private static string Parent(string path)
    {
        var cut = path.EndsWith("]", StringComparison.Ordinal) ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut < 0 ? "" : path.Substring(0, cut);
    }
}
