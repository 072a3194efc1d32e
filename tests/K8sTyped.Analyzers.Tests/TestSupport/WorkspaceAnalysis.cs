using System.Collections.Immutable;
using K8sTyped.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K8sTyped.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs <see cref="ManifestAnalyzer"/> on a workspace project the way the IDE and <c>dotnet build</c> do, for what the
/// harness cannot show: it enables every analyzer diagnostic through the compilation options (which, like
/// <c>/warnaserror-</c>, stops an .editorconfig from raising a warning to an error) and drops suppressed diagnostics.
/// Here configuration applies as in a real project and suppressed findings come back marked as suppressed.
/// </summary>
internal static class WorkspaceAnalysis
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, params (string Path, string Text)[] analyzerConfigs)
    {
        using var workspace = new AdhocWorkspace();
        var project = Project(workspace, source);
        foreach (var (path, text) in analyzerConfigs)
            project = project.AddAnalyzerConfigDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;

        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("The project did not compile.");
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("The test source does not compile: " + string.Join(Environment.NewLine, errors));
        var analysis = compilation.WithAnalyzers(
            [new ManifestAnalyzer()],
            new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        return await analysis.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>A project of the test references with the global usings and <paramref name="source"/> as Manifests.cs, as an editor holds it.</summary>
    public static Project Project(AdhocWorkspace workspace, string source)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Manifests",
            "Manifests",
            LanguageNames.CSharp,
            filePath: "/Manifests/Manifests.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.All));
        project = project.AddDocument("GlobalUsings.cs", TestReferences.GlobalUsings, filePath: "/Manifests/GlobalUsings.cs").Project;
        return project.AddDocument("Manifests.cs", source, filePath: "/Manifests/Manifests.cs").Project;
    }

    /// <summary>The source text a diagnostic underlines.</summary>
    public static string Underlined(this Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
