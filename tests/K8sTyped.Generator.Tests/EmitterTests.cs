using K8sTyped.Generator.Emitter;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>The generated part compiles wherever the marked class is declared and keeps the YAML exact.</summary>
public sealed class EmitterTests
{
    [Fact]
    public void Nested_classes_in_the_global_namespace_get_a_compiling_part()
    {
        var run = GeneratorRun.Run("""
            using K8sTyped;

            public static partial class Platform
            {
                internal static partial class Outer<T>
                {
                    [KubernetesManifests(FileName = "inner.yaml")]
                    private static partial class Inner
                    {
                        public static readonly Namespace Ns = Namespace.Named("inner");
                    }
                }
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors);
        var source = Assert.Single(run.GeneratedSources);
        Assert.Contains("partial class Outer<T>", source, StringComparison.Ordinal);
        Assert.Contains("\"inner.yaml\"", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with \"quotes\" and \\ backslash")]
    [InlineData("line one\nline two\n")]
    [InlineData("carriage\r\nreturn and tab\t and \u2028 separator")]
    public void Literals_round_trip_through_the_compiler(string text)
    {
        foreach (var literal in new[] { CSharpLiteral.Verbatim(text), CSharpLiteral.Regular(text) })
        {
            var compilation = TestCompilation.Create($"public static class Holder {{ public const string Text = {literal}; }}");
            var runtime = RuntimeManifests.Load(compilation);
            Assert.Equal(text, runtime.Type("Holder").GetField("Text")!.GetRawConstantValue());
        }
    }

    [Fact]
    public void Yaml_constant_is_verbatim_so_it_reads_as_yaml_in_the_ide()
    {
        var run = GeneratorRun.Run("""
            using K8sTyped;

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Namespace Ns = Namespace.Named("web");
            }
            """);

        var source = Assert.Single(run.GeneratedSources);
        Assert.Contains("public const string ManifestYaml = @\"apiVersion: v1\nkind: Namespace\n", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_is_in_the_generated_part_once_and_the_attribute_names_its_files()
    {
        var run = GeneratorRun.Run("""
            using K8sTyped;

            namespace Shop;

            [KubernetesManifests(Namespace = "shop")]
            public static partial class Web
            {
                public static readonly Service Front = Service.ClusterIP("front").Port("http", 80);
                public static readonly ConfigMap Settings = ConfigMap.Named("settings").Data("mode", "fast");
            }
            """);

        var source = Assert.Single(run.GeneratedSources);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, "kind: Service"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, "kind: ConfigMap"));
        // Object files in the order of the manifest's documents (ConfigMap before Service: docs/yaml-ordering.md).
        Assert.Contains(
            "[global::K8sTyped.Build.GeneratedApplication(\"Shop.Web\", \"web.yaml\",\n        \"configmap-shop-settings.yaml\",\n        \"service-shop-front.yaml\")]",
            source,
            StringComparison.Ordinal);
    }
}
