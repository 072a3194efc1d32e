namespace K8sTyped.ManifestWriter;

/// <summary>The two layouts the generator emits entries for; the names are the strings in the attribute and on the command line.</summary>
internal static class ManifestLayout
{
    /// <summary>One file per application.</summary>
    public const string Application = "application";

    /// <summary>One file per Kubernetes object.</summary>
    public const string Object = "object";

    public static bool IsKnown(string layout) => layout is Application or Object;
}
