using System.Text.Json;
using K8sTyped.ModelGen.Emitting;
using K8sTyped.ModelGen.Output;
using K8sTyped.ModelGen.Parsing;

namespace K8sTyped.ModelGen;

/// <summary>The generator's entry point: document in, source files out, in memory (the tests call it too).</summary>
internal static class ModelGenerator
{
    /// <summary>Where the generated model lives, relative to the repository root.</summary>
    public static readonly string DefaultOutputDirectory = Path.Combine("src", "K8sTyped", "Models", "Generated");

    /// <summary>Parses the OpenAPI document at <paramref name="documentPath"/> and emits the model's files.</summary>
    /// <exception cref="ModelGenException">The document cannot be mapped, or the enum catalogue disagrees with it.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(string documentPath)
    {
        using var stream = File.OpenRead(documentPath);
        using var document = JsonDocument.Parse(stream);
        return ModelEmitter.Emit(ModelParser.Parse(document));
    }
}
