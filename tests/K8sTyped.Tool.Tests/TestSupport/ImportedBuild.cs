using K8sTyped.Generator;
using K8sTyped.Generator.Analysis;
using K8sTyped.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sTyped.Tool.Tests.TestSupport;

/// <summary>
/// The imported C# compiled with K8sTyped's generator and analyzer, as <c>dotnet build</c> compiles it: the YAML the
/// generator put in the class's <c>ManifestYaml</c> (what the build writes) and every diagnostic.
/// </summary>
internal sealed record ImportedBuild(string ManifestYaml, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ImportedBuild Of(string code, string className)
    {
        var compilation = TestCompilation.Create(code);
        CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: TestCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var analyzerDiagnostics = output.WithAnalyzers([new ManifestAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var diagnostics = output.GetDiagnostics().Concat(generatorDiagnostics).Concat(analyzerDiagnostics).ToList();
        var field = output.GetTypeByMetadataName(className)?.GetMembers("ManifestYaml").OfType<IFieldSymbol>().SingleOrDefault();
        return new ImportedBuild((field?.ConstantValue as string) ?? "", diagnostics);
    }

    /// <summary>Diagnostics above Info (what a build shows as warnings or errors).</summary>
    public IEnumerable<Diagnostic> Problems => Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info);
}
