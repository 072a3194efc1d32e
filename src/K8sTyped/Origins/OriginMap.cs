namespace K8sTyped.Origins;

/// <summary>
/// For one object, which call (and which argument) set each field path. Lookups fall back to the longest recorded
/// prefix, so a problem deep inside a value set by one call points at that call.
/// </summary>
public sealed class OriginMap
{
    private readonly Dictionary<string, (CallSite Site, string? Parameter)> _byPath = new(StringComparer.Ordinal);

    // What a reader will record on first use: it knows the place of every value of every object it reads, and rules ask
    // for few of them, so the path texts are only made for a map that is looked at.
    private Func<IEnumerable<KeyValuePair<string, CallSite>>>? _pending;

    /// <summary>Creates an empty map.</summary>
    public OriginMap()
    {
    }

    private OriginMap(Func<IEnumerable<KeyValuePair<string, CallSite>>> pending) => _pending = pending;

    /// <summary>Records that <paramref name="site"/> set <paramref name="path"/> through <paramref name="parameterName"/>.</summary>
    /// <param name="path">A field path such as <c>spec.replicas</c> or <c>spec.template.spec.containers[0]</c>; "" is the whole object.</param>
    /// <param name="site">The DSL call.</param>
    /// <param name="parameterName">The call's parameter that carried the value, or null for the call as a whole.</param>
    public void Record(string path, CallSite site, string? parameterName = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (site is null) throw new ArgumentNullException(nameof(site));
        Recorded()[path] = (site, parameterName);
    }

    /// <summary>A map of the entries <paramref name="entries"/> gives (in recording order), asked for once, when the map is first used.</summary>
    internal static OriginMap Deferred(Func<IEnumerable<KeyValuePair<string, CallSite>>> entries) =>
        new(entries ?? throw new ArgumentNullException(nameof(entries)));

    /// <summary>
    /// The origins of a model object built in code (an object initializer, property assignments): each field whose
    /// holding property <paramref name="assignedAt"/> knows an assignment for, and the whole object at
    /// <paramref name="whole"/> when given. The build-time evaluator knows every assignment it executed.
    /// </summary>
    /// <param name="root">The object.</param>
    /// <param name="assignedAt">Where property <c>(object, C# property name)</c> was assigned, or null when unknown.</param>
    /// <param name="whole">Where the object as a whole comes from (the member that holds it), if known.</param>
    public static OriginMap FromAssignments(Models.IKubernetesObject root, Func<object, string, CallSite?> assignedAt, CallSite? whole = null)
    {
        if (root is null) throw new ArgumentNullException(nameof(root));
        if (assignedAt is null) throw new ArgumentNullException(nameof(assignedAt));
        var origins = new OriginMap();
        if (whole is not null) origins.Record("", whole);
        foreach (var field in Rules.Schema.SchemaWalker.Fields(root))
        {
            if (assignedAt(field.Owner, field.Property.ClrName) is { } site)
                origins.Record(field.Path, site);
        }

        return origins;
    }

    /// <summary>A new map with the entries of <paramref name="under"/>, replaced and completed by those of <paramref name="over"/>.</summary>
    internal static OriginMap Overlay(OriginMap under, OriginMap over)
    {
        var merged = new OriginMap();
        foreach (var entry in under.Recorded()) merged._byPath[entry.Key] = entry.Value;
        foreach (var entry in over.Recorded()) merged._byPath[entry.Key] = entry.Value;
        return merged;
    }

    /// <summary>Where the value at <paramref name="path"/> (or its nearest recorded parent) was set; null when nothing is recorded.</summary>
    public SourceOrigin? Find(string path)
    {
        var byPath = Recorded();
        for (var candidate = path; ; candidate = Parent(candidate))
        {
            if (byPath.TryGetValue(candidate, out var entry))
                return entry.Site.Locate(entry.Parameter);
            if (candidate.Length == 0)
                return null;
        }
    }

    /// <summary>The entries by path, once what is deferred is recorded; a map read by several threads records it once.</summary>
    private Dictionary<string, (CallSite Site, string? Parameter)> Recorded()
    {
        if (Volatile.Read(ref _pending) is null) return _byPath;
        lock (_byPath)
        {
            if (_pending is { } entries)
            {
                foreach (var entry in entries()) _byPath[entry.Key] = (entry.Value, null);
                Volatile.Write(ref _pending, null);
            }
        }

        return _byPath;
    }

    // "a.b[c.d]" → "a.b" (a map key may contain dots), "a.b" → "a", "a" → "".
    private static string Parent(string path)
    {
        var cut = path.EndsWith("]", StringComparison.Ordinal) ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut < 0 ? "" : path.Substring(0, cut);
    }
}
