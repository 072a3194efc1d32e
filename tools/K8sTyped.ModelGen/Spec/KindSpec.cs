namespace K8sTyped.ModelGen.Spec;

/// <summary>The group, version and kind of a top-level Kubernetes object, and the class of its metadata.</summary>
internal sealed record KindSpec(string Group, string Version, string Kind, string? MetadataClass)
{
    /// <summary>The apiVersion on the wire: <c>v1</c> for the core group, <c>group/version</c> otherwise.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;
}
