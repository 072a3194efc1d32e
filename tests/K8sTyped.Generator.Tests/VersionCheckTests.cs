using K8sTyped.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Generator.Tests;

/// <summary>The generator runs its own copy of K8sTyped; a project on another version would get other manifests.</summary>
public sealed class VersionCheckTests
{
    [Fact]
    public void A_K8sTyped_reference_of_another_version_is_reported_at_the_class()
    {
        var otherVersion = CSharpCompilation.Create(
            "K8sTyped",
            [CSharpSyntaxTree.ParseText("""
                [assembly: System.Reflection.AssemblyVersion("0.0.1.0")]
                namespace K8sTyped
                {
                    public sealed class KubernetesManifestsAttribute : System.Attribute
                    {
                        public string? Namespace { get; set; }
                        public string? FileName { get; set; }
                    }
                }
                """, TestCompilation.ParseOptions)],
            TestCompilation.References.Where(r => !r.Display!.EndsWith("K8sTyped.dll", StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Assert.True(otherVersion.Emit(image).Success);
        var references = TestCompilation.References.Where(r => !r.Display!.EndsWith("K8sTyped.dll", StringComparison.Ordinal))
            .Append(MetadataReference.CreateFromImage(image.ToArray()));

        var (source, expected) = DiagnosticMarkup.Parse("""
            [K8sTyped.KubernetesManifests]
            public static partial class {|KT0104:Web|}
            {
                public static readonly string Name = "web";
            }
            """);
        var run = GeneratorRun.Run(TestCompilation.Create(references, source));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(expected[0].Id, diagnostic.Id);
        Assert.Equal(expected[0].Span, diagnostic.Location.SourceSpan);
        Assert.Contains("0.0.1.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(run.WroteManifests);
    }
}
