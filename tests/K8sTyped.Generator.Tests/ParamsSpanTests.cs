using K8sTyped.Generator.Tests.TestSupport;
using K8sTyped.Models;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// Calls that a C# 13+ compiler binds to <c>params ReadOnlySpan&lt;T&gt;</c> overloads (.NET 9+) are evaluated, with the
/// result they have at run time: compiled by the SDK's own compiler, since the Roslyn the tests link predates them.
/// </summary>
public sealed class ParamsSpanTests
{
    [Fact]
    public void String_calls_bound_to_params_span_overloads_give_their_run_time_results()
    {
        // The same expressions, compiled into this test by the SDK's compiler, run here: their run-time results.
        var expected = new Dictionary<string, string>
        {
            ["join"] = string.Join(",", "a", "b", "c"),
            ["concat"] = string.Concat("a", "b", "c", "d", "e"),
            ["format"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}-{1}-{2}-{3}", 1, 2.5, "x", 'y'),
            ["split"] = string.Join("|", "a,b;c".Split(',', ';')),
            ["spanLiteral"] = string.Join(",", ["x", "y"]),
            ["objects"] = string.Join("/", 1, "two", 3.0),
        };

        var (output, yaml) = SdkCompiler.Compile("""
            using K8sTyped;

            [KubernetesManifests]
            public static partial class Texts
            {
                public static readonly ConfigMap Config = ConfigMap.Named("texts")
                    .Data("join", string.Join(",", "a", "b", "c"))
                    .Data("concat", string.Concat("a", "b", "c", "d", "e"))
                    .Data("format", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}-{1}-{2}-{3}", 1, 2.5, "x", 'y'))
                    .Data("split", string.Join("|", "a,b;c".Split(',', ';')))
                    .Data("spanLiteral", string.Join(",", ["x", "y"]))
                    .Data("objects", string.Join("/", 1, "two", 3.0));
            }
            """);

        Assert.True(!output.Any(line => line.Contains("error", StringComparison.Ordinal)), string.Join("\n", output));
        Assert.NotNull(yaml);
        var config = Assert.IsType<V1ConfigMap>(Assert.Single(KubernetesYaml.Read(yaml).Objects));
        Assert.Equal(expected, config.Data);
    }
}
