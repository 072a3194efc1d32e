using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using K8sTyped.Generator.Analysis;

namespace K8sTyped.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs <see cref="ManifestAnalyzer"/> on Roslyn's test harness: diagnostics are expected exactly where the markup
/// <c>{|KT2002:...|}</c> puts them and nowhere else (the harness also checks that #pragma suppresses them and that
/// generated code is left alone).
/// </summary>
internal static class AnalyzerVerifier
{
    /// <summary>Analyzes <paramref name="source"/> (with markup) and any further plain sources and inventory files.</summary>
    public static Task VerifyAsync(string source, params string[] otherSources) => Create(source, otherSources).RunAsync();

    /// <summary>An expected diagnostic of <paramref name="id"/> at <paramref name="severity"/>, to be placed with <c>WithLocation</c>.</summary>
    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity) => new(id, severity);

    public static Test Create(string source, params string[] otherSources)
    {
        var test = new Test { TestCode = source };
        foreach (var other in otherSources)
            test.TestState.Sources.Add(other);
        return test;
    }

    public sealed class Test : CSharpAnalyzerTest<ManifestAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.Sources.Add(("GlobalUsings.cs", TestReferences.GlobalUsings));
            SolutionTransforms.Add(TestReferences.Apply);
        }

        /// <summary>Adds an .editorconfig or a global analyzer config (<c>is_global = true</c>) at <paramref name="path"/>.</summary>
        public Test WithAnalyzerConfig(string path, string content)
        {
            TestState.AnalyzerConfigFiles.Add((path, content));
            return this;
        }

        /// <summary>Adds a cluster inventory file, as the package's targets pass one to the compiler.</summary>
        public Test WithInventory(string path, string content)
        {
            TestState.AdditionalFiles.Add((path, content));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.K8sTypedClusterInventory = true\n"));
            return this;
        }

        /// <summary>Adds a manifest of the repository to lint, as the package's targets pass a <c>K8sTypedLint</c> item to the compiler.</summary>
        public Test WithLint(string path, string content)
        {
            TestState.AdditionalFiles.Add((path, content));
            TestState.AnalyzerConfigFiles.Add(($"/{System.IO.Path.GetFileName(path)}.lint.globalconfig", $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.K8sTypedLint = true\n"));
            return this;
        }

        /// <summary>Adds a manifest file the previous build wrote, as the package's targets pass one to the compiler.</summary>
        public Test WithPreviousManifest(string path, string content)
        {
            TestState.AdditionalFiles.Add((path, content));
            TestState.AnalyzerConfigFiles.Add(("/.previous.globalconfig", $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.K8sTypedPreviousManifests = true\n"));
            return this;
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);
    }
}
