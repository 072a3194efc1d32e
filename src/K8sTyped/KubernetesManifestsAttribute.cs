namespace K8sTyped;

/// <summary>
/// Marks a <c>static partial</c> class whose static fields and properties (DSL resources, an <c>Application</c>, or model
/// objects) form one application. At build time K8sTyped evaluates them — without running your code — and writes the
/// application's manifests; the generated part of the class exposes the YAML and the computed identities.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KubernetesManifestsAttribute : Attribute
{
    /// <summary>The default namespace of the application's namespaced objects that set none.</summary>
    public string? Namespace { get; set; }

    /// <summary>The manifest file name; by default the class name in kebab case with <c>.yaml</c>.</summary>
    public string? FileName { get; set; }
}
