using K8sTyped.Text;
using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Yaml;

namespace K8sTyped.Serialization;

/// <summary>
/// Reads the documents of a YAML (or JSON) text into typed objects, choosing each object's type by apiVersion and kind
/// among <paramref name="kinds"/>. A <c>v1 List</c> document (what <c>kubectl get -o json</c> and
/// <see cref="KubernetesYaml.SerializeJson(IEnumerable{IKubernetesObject})"/> write) contributes its items.
/// </summary>
internal sealed class KubernetesDocumentReader(IReadOnlyList<TypeSchema> kinds, KubernetesReadOptions options)
{
    // Looked up for every object read.
    private readonly Dictionary<(string? ApiVersion, string? Kind), TypeSchema> _kindsByName = KindsByName(kinds);

    /// <summary>Reads every document of <paramref name="text"/>; never throws on bad input.</summary>
    public KubernetesReadResult Read(string text, string? fileName)
    {
        var read = new ReadState();
        try
        {
            ReadDocuments(YamlReader.Read(text, fileName), new ReadDiagnostics(fileName), read);
        }
        catch (YamlException)
        {
            // Malformed text (YamlReader fails before anything is read): read document by document instead,
            // so that the well-formed documents are not lost.
            foreach (var chunk in YamlDocumentSplitter.Split(text))
                ReadChunk(chunk, fileName, read);
        }

        return read.ToResult();
    }

    /// <summary>Reads the bytes of a manifest file; bytes that are not text in its encoding are an error at their position.</summary>
    public KubernetesReadResult Read(byte[] bytes, string fileName)
    {
        if (ManifestFileText.TryDecode(bytes, out var text, out var mark, out var reason))
            return Read(text, fileName);

        var diagnostics = new ReadDiagnostics(fileName);
        diagnostics.Error(mark, FieldPath.Root, reason);
        var read = new ReadState();
        read.Errors.AddRange(diagnostics.Errors);
        return read.ToResult();
    }

    /// <summary>Reads documents already parsed; errors name <paramref name="fileName"/>.</summary>
    public KubernetesReadResult Read(IReadOnlyList<YamlDocument> documents, string? fileName)
    {
        var read = new ReadState();
        ReadDocuments(documents, new ReadDiagnostics(fileName), read);
        return read.ToResult();
    }

    private void ReadChunk(YamlDocumentSplitter.Chunk chunk, string? fileName, ReadState read)
    {
        var diagnostics = new ReadDiagnostics(fileName, chunk.FirstLine - 1);
        try
        {
            ReadDocuments(YamlReader.Read(chunk.Text, fileName), diagnostics, read);
        }
        catch (YamlException exception)
        {
            diagnostics.Error(exception.Mark, FieldPath.Root, exception.Reason);
            read.Errors.AddRange(diagnostics.Errors);
        }
    }

    private void ReadDocuments(IReadOnlyList<YamlDocument> documents, ReadDiagnostics diagnostics, ReadState read)
    {
        var reader = new ModelReader(diagnostics, options.Strict);
        foreach (var document in documents)
        {
            // An empty document (a stray "---", or one holding only comments) is not an object.
            if (document.Root is null or YamlScalar { Kind: YamlScalarKind.Null }) continue;
            ReadTopLevel(document.Root, FieldPath.Root, reader, diagnostics, read);
        }

        read.Errors.AddRange(diagnostics.Errors);
    }

    private void ReadTopLevel(YamlNode node, FieldPath path, ModelReader reader, ReadDiagnostics diagnostics, ReadState read)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Start, path, $"expected a Kubernetes object (a mapping with apiVersion and kind) but found {NodeDescription.Describe(node)}");
            return;
        }

        var apiVersion = ReadIdentity(mapping, "apiVersion", path, diagnostics);
        var kind = ReadIdentity(mapping, "kind", path, diagnostics);
        if (apiVersion is null || kind is null) return;

        if (apiVersion == "v1" && kind == "List")
        {
            ReadListItems(mapping, path, reader, diagnostics, read);
            return;
        }

        if (!_kindsByName.TryGetValue((apiVersion, kind), out var schema))
        {
            mapping.TryGetValue("kind", out var kindNode);
            if (options.SkipUnknownKinds)
                diagnostics.Report(kindNode.Start, path.Property("kind"), UnknownKindMessage(apiVersion, kind) + "; the object is skipped", KubernetesReadSeverity.Warning);
            else
                diagnostics.Error(kindNode.Start, path.Property("kind"), UnknownKindMessage(apiVersion, kind));
            return;
        }

        if (reader.ReadTopLevelObject(mapping, schema, path, out var origins) is IKubernetesObject obj)
            read.Add(obj, origins);
    }

    private void ReadListItems(YamlMapping list, FieldPath path, ModelReader reader, ReadDiagnostics diagnostics, ReadState read)
    {
        if (!list.TryGetValue("items", out var items) || items is YamlScalar { Kind: YamlScalarKind.Null }) return;
        if (items is not YamlSequence sequence)
        {
            diagnostics.Error(items.Start, path.Property("items"), $"expected a list but found {NodeDescription.Describe(items)}");
            return;
        }

        for (var index = 0; index < sequence.Items.Count; index++)
            ReadTopLevel(sequence.Items[index], path.Property("items").Index(index), reader, diagnostics, read);
    }

    private static string? ReadIdentity(YamlMapping mapping, string key, FieldPath path, ReadDiagnostics diagnostics)
    {
        if (!mapping.TryGetValue(key, out var node) || node is YamlScalar { Kind: YamlScalarKind.Null })
        {
            diagnostics.Error(mapping.Start, path, $"missing {key}: every Kubernetes object needs apiVersion and kind");
            return null;
        }

        if (node is YamlScalar { Kind: YamlScalarKind.String } scalar && scalar.Value.Length > 0)
            return scalar.Value;

        diagnostics.Error(node.Start, path.Property(key), $"expected a non-empty string but found {NodeDescription.Describe(node)}");
        return null;
    }

    private static Dictionary<(string? ApiVersion, string? Kind), TypeSchema> KindsByName(IReadOnlyList<TypeSchema> kinds)
    {
        // The first of a name wins, as a search in order would find it.
        var byName = new Dictionary<(string?, string?), TypeSchema>();
        foreach (var schema in kinds)
        {
            if (!byName.ContainsKey((schema.ApiVersion, schema.Kind))) byName.Add((schema.ApiVersion, schema.Kind), schema);
        }

        return byName;
    }

    private string UnknownKindMessage(string apiVersion, string kind)
    {
        var servedIn = kinds.Where(k => k.Kind == kind).Select(k => k.ApiVersion!).ToList();
        if (servedIn.Count > 0)
            return $"unknown kind \"{kind}\" in {apiVersion}; {kind} is in {string.Join(", ", servedIn)}";

        var kindsOfVersion = kinds.Where(k => k.ApiVersion == apiVersion).Select(k => k.Kind!).ToList();
        if (kindsOfVersion.Count == 0)
        {
            var apiVersions = kinds.Select(k => k.ApiVersion!).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
            return Suggestions.Best(apiVersion, apiVersions) is { } closeVersion
                ? $"unknown apiVersion \"{apiVersion}\"; did you mean \"{closeVersion}\"?"
                : $"unknown apiVersion \"{apiVersion}\"; known: {string.Join(", ", apiVersions)}";
        }

        return Suggestions.Best(kind, kindsOfVersion) is { } closeKind
            ? $"unknown kind \"{kind}\" in {apiVersion}; did you mean \"{closeKind}\"?"
            : $"unknown kind \"{kind}\" in {apiVersion}; known: {string.Join(", ", kindsOfVersion.OrderBy(k => k, StringComparer.Ordinal))}";
    }

    // What one Read call has gathered so far.
    private sealed class ReadState
    {
        private readonly List<IKubernetesObject> _objects = [];
        private readonly OriginTable _origins = new();

        public List<KubernetesReadError> Errors { get; } = [];

        public void Add(IKubernetesObject obj, OriginMap origins)
        {
            _objects.Add(obj);
            _origins.Add(obj, origins);
        }

        public KubernetesReadResult ToResult() =>
            new(_objects, Errors, _origins.Find);
    }
}
