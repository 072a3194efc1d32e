using K8sTyped.Analyzers.Tests.TestSupport;
using K8sTyped.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static K8sTyped.Analyzers.Tests.TestSupport.LintedManifests;

namespace K8sTyped.Analyzers.Tests.Evaluation;

/// <summary>
/// The analysis of the linted files runs for every compilation, so on every keystroke: when neither a linted file nor
/// the inventory changed, the findings of the last run are given again instead of running the rules again. The proof is
/// identity: a finding recomputed would be a new diagnostic object, a kept one is the very same object.
/// </summary>
public sealed class LintFileReuseTests
{
    private const string LintPath = "/Manifests/deploy/web.yaml";

    [Fact]
    public async Task An_unrelated_CSharp_edit_reuses_the_findings_of_the_linted_files()
    {
        using var workspace = new AdhocWorkspace();
        var project = LintedProject(workspace);
        var before = Assert.Single(await LintFindings(project));

        var edited = project.Documents.Single(d => d.Name == "Manifests.cs")
            .WithText(SourceText.From(Manifests + "\npublic static class Unrelated { }\n")).Project;
        var after = Assert.Single(await LintFindings(edited));

        Assert.Equal("KT2001", after.Id);
        Assert.Same(before, after);
    }

    [Fact]
    public async Task An_edit_of_a_linted_file_runs_the_rules_again()
    {
        using var workspace = new AdhocWorkspace();
        var project = LintedProject(workspace);
        var before = Assert.Single(await LintFindings(project));

        var lintFile = project.AdditionalDocuments.Single();
        var edited = project.Solution
            .WithAdditionalDocumentText(lintFile.Id, SourceText.From("# a comment line moves everything down\n" + WebStatefulSet))
            .GetProject(project.Id)!;
        var after = Assert.Single(await LintFindings(edited));

        Assert.NotSame(before, after);
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 1, after.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static Project LintedProject(AdhocWorkspace workspace)
    {
        var project = WorkspaceAnalysis.Project(workspace, Manifests);
        project = project.AddAdditionalDocument("web.yaml", SourceText.From(WebStatefulSet), filePath: LintPath).Project;
        return project.AddAnalyzerConfigDocument(
            "lint.globalconfig",
            SourceText.From($"is_global = true\n\n[{LintPath}]\nbuild_metadata.AdditionalFiles.K8sTypedLint = true\n"),
            filePath: "/Manifests/lint.globalconfig").Project;
    }

    private static async Task<IReadOnlyList<Diagnostic>> LintFindings(Project project)
    {
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("The project did not compile.");
        var analysis = compilation.WithAnalyzers([new ManifestAnalyzer()], project.AnalyzerOptions);
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Location.GetLineSpan().Path == LintPath).ToList();
    }
}
