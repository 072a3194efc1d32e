using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>Call sites for DSL methods that cannot take caller-info parameters because they end in <c>params</c>.</summary>
internal static class Sites
{
    /// <summary>
    /// The evaluator's call site when one is installed, else null: recording an unknown site would hide the enclosing
    /// call's origin, which is the better answer.
    /// </summary>
    public static CallSite? AmbientOnly()
    {
        var site = CallSite.Capture("", 0);
        return site.FilePath is null && site.Line == 0 ? null : site;
    }
}
