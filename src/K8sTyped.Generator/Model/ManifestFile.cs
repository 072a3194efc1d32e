namespace K8sTyped.Generator.Model;

/// <summary>One file the post-build writer will write: <c>application</c> (all objects) or <c>object</c> (one object).</summary>
internal sealed record ManifestFile(string Layout, string FileName, string Content)
{
    public const string ApplicationLayout = "application";
    public const string ObjectLayout = "object";
}
