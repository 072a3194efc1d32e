namespace K8sTyped.BuildOverhead;

/// <summary>The two builds timed. Both start a new compiler process (no compiler server, no MSBuild node reuse).</summary>
internal static class Builds
{
    private static readonly string[] Common = ["--no-restore", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-tl:off", "-v:q"];

    /// <summary>Everything compiled and the manifests written again.</summary>
    public static readonly string[] Rebuild = ["build", "--no-incremental", .. Common];

    /// <summary>Nothing changed since the last build.</summary>
    public static readonly string[] NoOp = ["build", .. Common];
}
