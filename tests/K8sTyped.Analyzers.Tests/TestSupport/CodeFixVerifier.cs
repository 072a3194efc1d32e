using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using K8sTyped.Generator.Analysis;

namespace K8sTyped.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs a code fix for <see cref="ManifestAnalyzer"/>'s diagnostics on Roslyn's harness, with the references of
/// <see cref="AnalyzerVerifier"/>: the source's markup says where the diagnostics are, the fixed source's markup which
/// remain (none, usually), and the harness fails if the fixed code does not compile or reports anything else. When the
/// fixer has a Fix All, the harness also applies it in document, project and solution scope and expects the same result.
/// </summary>
internal static class CodeFixVerifier<TFixer>
    where TFixer : CodeFixProvider, new()
{
    /// <summary>Applies the action with <paramref name="equivalenceKey"/> (or the only one) and expects <paramref name="fixedSource"/>.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null) =>
        Create(source, fixedSource, equivalenceKey).RunAsync();

    /// <summary>Expects the diagnostics of <paramref name="source"/> and no code fix for them.</summary>
    public static Task VerifyNoFixAsync(string source) => Create(source, source).RunAsync();

    public static Test Create(string source, string fixedSource, string? equivalenceKey = null) =>
        new() { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };

    public sealed class Test : CSharpCodeFixTest<ManifestAnalyzer, TFixer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.Sources.Add(("GlobalUsings.cs", TestReferences.GlobalUsings));
            FixedState.Sources.Add(("GlobalUsings.cs", TestReferences.GlobalUsings));
            SolutionTransforms.Add(TestReferences.Apply);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);
    }
}
