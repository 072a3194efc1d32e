using K8sTyped.Models;
using K8sTyped.Serialization;
using System.Text;
using K8sTyped.Yaml.Writing;

namespace K8sTyped;

/// <summary>
/// Writes typed Kubernetes objects as YAML or JSON manifests and reads manifests back into typed objects.
/// Output is deterministic: key order and document order follow docs/yaml-ordering.md.
/// </summary>
public static class KubernetesYaml
{
    /// <summary>Writes one object as a YAML document.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written (e.g. a null list item); the message names its field path.</exception>
    /// <exception cref="ArgumentException">The object's type is not part of the model.</exception>
    public static string Serialize(IKubernetesObject obj)
    {
        var output = new StringBuilder();
        Write(obj, new YamlEmitter(output));
        return output.ToString();
    }

    /// <summary>Writes objects as a multi-document YAML stream, in <see cref="KubernetesObjectOrder"/>.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written; the message names its field path.</exception>
    /// <exception cref="ArgumentException">An object's type is not part of the model.</exception>
    public static string Serialize(IEnumerable<IKubernetesObject> objects)
    {
        var output = new StringBuilder();
        var writer = new ModelWriter(new YamlEmitter(output));
        var first = true;
        foreach (var obj in Ordered(objects))
        {
            // The stream's layout is YamlWriter's: documents separated by "---" lines, none before the first.
            if (!first) output.Append("---\n");
            first = false;
            writer.Write(obj, ModelCatalog.Get(obj.GetType()));
        }

        return output.ToString();
    }

    /// <summary>Writes one object as JSON.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written; the message names its field path.</exception>
    /// <exception cref="ArgumentException">The object's type is not part of the model.</exception>
    public static string SerializeJson(IKubernetesObject obj)
    {
        var output = new StringBuilder();
        Write(obj, new JsonEmitter(output));
        return output.Append('\n').ToString();
    }

    /// <summary>Writes objects as one JSON <c>v1 List</c> whose items are in <see cref="KubernetesObjectOrder"/>.</summary>
    /// <exception cref="KubernetesSerializationException">A value cannot be written; the message names its field path.</exception>
    /// <exception cref="ArgumentException">An object's type is not part of the model.</exception>
    public static string SerializeJson(IEnumerable<IKubernetesObject> objects)
    {
        var output = new StringBuilder();
        var json = new JsonEmitter(output);
        var writer = new ModelWriter(json);
        json.BeginMapping();
        json.Key("apiVersion");
        json.String("v1");
        json.Key("kind");
        json.String("List");
        json.Key("items");
        json.BeginSequence();
        foreach (var obj in Ordered(objects))
            writer.Write(obj, ModelCatalog.Get(obj.GetType()));
        json.EndSequence();
        json.EndMapping();
        return output.Append('\n').ToString();
    }

    /// <summary>
    /// Reads a YAML stream (one or more documents) or JSON text into typed objects, chosen by apiVersion and kind.
    /// Never throws on bad input: every problem is in <see cref="KubernetesReadResult.Errors"/> with its location,
    /// and everything that could be read is in <see cref="KubernetesReadResult.Objects"/>.
    /// </summary>
    /// <param name="text">The manifest text.</param>
    /// <param name="fileName">The file name to put in error locations.</param>
    /// <param name="options">Strict (the default) or lenient reading.</param>
    public static KubernetesReadResult Read(string text, string? fileName = null, KubernetesReadOptions? options = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return new KubernetesDocumentReader(ModelCatalog.Kinds, options ?? new KubernetesReadOptions()).Read(text, fileName);
    }

    /// <summary>
    /// Reads a manifest file, UTF-8 or (with a byte order mark) UTF-16; see <see cref="Read"/>. Errors name the file by
    /// <paramref name="path"/>; bytes that are not valid in the encoding are an error at their line and column.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static KubernetesReadResult ReadFile(string path, KubernetesReadOptions? options = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return new KubernetesDocumentReader(ModelCatalog.Kinds, options ?? new KubernetesReadOptions()).Read(File.ReadAllBytes(path), path);
    }

    /// <summary>
    /// Reads the bytes of a manifest, UTF-8 or (with a byte order mark) UTF-16, as <see cref="ReadFile"/> does, naming it
    /// <paramref name="fileName"/> in errors and origins (a path as the user typed it, or standard input).
    /// </summary>
    public static KubernetesReadResult ReadBytes(byte[] bytes, string fileName, KubernetesReadOptions? options = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        return new KubernetesDocumentReader(ModelCatalog.Kinds, options ?? new KubernetesReadOptions()).Read(bytes, fileName);
    }

    private static void Write(IKubernetesObject obj, IYamlSink sink)
    {
        if (obj is null) throw new ArgumentNullException(nameof(obj));
        new ModelWriter(sink).Write(obj, ModelCatalog.Get(obj.GetType()));
    }

    private static IReadOnlyList<IKubernetesObject> Ordered(IEnumerable<IKubernetesObject> objects)
    {
        if (objects is null) throw new ArgumentNullException(nameof(objects));
        var list = objects.ToList();
        if (list.Any(obj => obj is null))
            throw new ArgumentException("The objects contain null.", nameof(objects));
        return KubernetesObjectOrder.Sort(list);
    }
}
