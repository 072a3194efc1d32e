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

    /// <summary>
    /// <c>k8styped import -</c> of <paramref name="yaml"/>, asserting that the C# compiles and that its build writes the
    /// input's objects (in the library's canonical form); the C# is returned for the test to look at.
    /// </summary>
    public static string ImportFromStandardInput(string yaml)
    {
        var run = ToolRun.Invoke(AppContext.BaseDirectory, yaml, "import", "-", "--class", "Imported");
        Assert.True(run.ExitCode == 0, run.ToString());
        var build = Of(run.Out, "Imported");
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(KubernetesYaml.Serialize(KubernetesYaml.Read(yaml).Objects), build.ManifestYaml);
        return run.Out;
    }

    /// <summary>Diagnostics above Info (what a build shows as warnings or errors).</summary>
    public IEnumerable<Diagnostic> Problems => Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info);
}
