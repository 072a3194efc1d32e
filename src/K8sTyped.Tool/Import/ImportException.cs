namespace K8sTyped.Tool.Import;

/// <summary>A value an import cannot express in C# the generator evaluates, at its field path of an object.</summary>
internal sealed class ImportException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
