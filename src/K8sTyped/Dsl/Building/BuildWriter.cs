using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>
/// Records, while one object is built, which call set each field path and which values were rejected. Nested builders
/// get a writer rooted at their own path (<see cref="At"/>), so they record paths relative to what they build.
/// </summary>
internal sealed class BuildWriter
{
    private readonly OriginMap _origins;
    private readonly List<DslIssue> _issues;
    private readonly string _root;

    public BuildWriter(OriginMap origins, List<DslIssue> issues)
        : this(origins, issues, "")
    {
    }

    private BuildWriter(OriginMap origins, List<DslIssue> issues, string root)
    {
        _origins = origins;
        _issues = issues;
        _root = root;
    }

    /// <summary>A writer whose paths are relative to <paramref name="path"/>.</summary>
    public BuildWriter At(string path) => new(_origins, _issues, Join(_root, path));

    /// <summary>Records that <paramref name="site"/> set <paramref name="path"/> through <paramref name="parameterName"/>.</summary>
    public void Record(string path, CallSite site, string? parameterName = null) =>
        _origins.Record(Join(_root, path), site, parameterName);

    /// <summary>
    /// Accepts a quantity argument: records its origin and returns true, or records a KT0002 issue at the argument and
    /// returns false so the caller leaves the field out.
    /// </summary>
    public bool Accept(QuantityArgument argument, string path, CallSite site, string parameterName, out Quantity value)
    {
        if (argument.Error is { } error)
        {
            _issues.Add(new DslIssue(Join(_root, path), site.Locate(parameterName), $"'{argument.Text}' is not a valid {parameterName}: {error}"));
            value = default;
            return false;
        }

        Record(path, site, parameterName);
        value = argument.Value;
        return true;
    }

    /// <summary>Records a KT0002 issue at <paramref name="site"/>: the value meant for <paramref name="path"/> is left out.</summary>
    public void Reject(string path, CallSite site, string message) =>
        _issues.Add(new DslIssue(Join(_root, path), site.Locate(null), message));

    // Path convention shared with the rules: properties joined with '.', list items and map entries in brackets.
    private static string Join(string root, string path) =>
        root.Length == 0 ? path
        : path.Length == 0 ? root
        : path[0] == '[' ? root + path
        : root + "." + path;
}
