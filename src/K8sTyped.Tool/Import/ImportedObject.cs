using K8sTyped.Models;
using K8sTyped.Origins;

namespace K8sTyped.Tool.Import;

/// <summary>An object of the input and how the import writes it: a DSL plan, or (when there is none) a typed initializer.</summary>
internal sealed class ImportedObject(IKubernetesObject model, string fileName, OriginMap? origins)
{
    /// <summary>The object as read.</summary>
    public IKubernetesObject Model { get; } = model;

    public string FileName { get; } = fileName;

    /// <summary><c>file:line:col</c> of the value at <paramref name="path"/> (or of its nearest parent that was read).</summary>
    public string Location(string path) =>
        origins?.Find(path) is { } origin ? $"{origin.FilePath ?? FileName}:{origin.Line}:{origin.Column}" : $"{FileName}:1:1";

    public string Kind => Model.Kind ?? Model.GetType().Name;

    public string Name => Metadata?.Name ?? "";

    public string? Namespace => Metadata?.Namespace;

    public V1ObjectMeta? Metadata => (Model as IKubernetesObject<V1ObjectMeta>)?.Metadata;

    /// <summary>The verified DSL plan; null when the object is written as a typed initializer.</summary>
    public IResourcePlan? Plan { get; set; }
}
