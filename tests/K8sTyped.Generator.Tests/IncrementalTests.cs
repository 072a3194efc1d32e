using System.Collections;
using System.Reflection;
using K8sTyped.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke in the IDE: an edit elsewhere must leave every step cached, while an edit
/// to code the manifests use must re-evaluate them.
/// </summary>
public sealed class IncrementalTests
{
    private const string Manifests = """
        using K8sTyped;

        namespace Shop;

        [KubernetesManifests(Namespace = "shop")]
        public static partial class ShopManifests
        {
            public static readonly Deployment Web = Deployment.Named("web")
                .Replicas(Helpers.Replicas())
                .Label("flavour", Helpers.Flavour("x"));
        }
        """;

    private const string Helpers = """
        namespace Shop;

        internal static partial class Helpers
        {
            public static int Replicas() => 3;

            public static string Flavour(object value) => "object";
        }
        """;

    private const string Unrelated = """
        namespace Shop;

        internal static class Unrelated
        {
            public static int Answer() => 41;
        }
        """;

    private static readonly string[] TrackedSteps = [TrackingNames.Targets, TrackingNames.Specs];

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = TestCompilation.Create(Manifests, Helpers, Unrelated);
        var first = GeneratorRun.Run(compilation);

        var second = first.Rerun(Edit(compilation, 2, "=> 41", "=> 42"));

        var result = second.Result.Results.Single();
        foreach (var step in TrackedSteps)
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_helper_in_another_file_re_evaluates()
    {
        var compilation = TestCompilation.Create(Manifests, Helpers, Unrelated);
        var first = GeneratorRun.Run(compilation);
        Assert.Contains("replicas: 3", Assert.Single(first.GeneratedSources), StringComparison.Ordinal);

        var second = first.Rerun(Edit(compilation, 1, "Replicas() => 3", "Replicas() => 5"));

        Assert.Contains("replicas: 5", Assert.Single(second.GeneratedSources), StringComparison.Ordinal);
        var specs = second.Result.Results.Single().TrackedSteps[TrackingNames.Specs].SelectMany(s => s.Outputs);
        Assert.Contains(specs, o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void After_unrelated_edits_reuse_the_result_a_helper_edit_still_re_evaluates()
    {
        var compilation = TestCompilation.Create(Manifests, Helpers, Unrelated);
        var run = GeneratorRun.Run(compilation);
        var unrelated = Edit(compilation, 2, "=> 41", "=> 42");
        run = run.Rerun(unrelated);
        var twiceUnrelated = Edit(unrelated, 2, "=> 42", "=> 43");
        run = run.Rerun(twiceUnrelated);

        var edited = run.Rerun(Edit(twiceUnrelated, 1, "Replicas() => 3", "Replicas() => 5"));

        Assert.Contains("replicas: 5", Assert.Single(edited.GeneratedSources), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_file_that_changes_overload_resolution_re_evaluates()
    {
        var compilation = TestCompilation.Create(Manifests, Helpers, Unrelated);
        var first = GeneratorRun.Run(compilation);
        Assert.Contains("flavour: object", Assert.Single(first.GeneratedSources), StringComparison.Ordinal);

        // A better overload in another part of the helper class: the same call now binds to it.
        var overload = TestCompilation.Tree("namespace Shop; internal static partial class Helpers { public static string Flavour(string value) => \"string\"; }", "/src/More.cs");
        var second = first.Rerun(compilation.AddSyntaxTrees(overload));

        Assert.Contains("flavour: string", Assert.Single(second.GeneratedSources), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_objects()
    {
        var first = GeneratorRun.Run(TestCompilation.Create(Manifests, Helpers, Unrelated));

        var result = first.Result.Results.Single();
        var values = TrackedSteps.SelectMany(step => result.TrackedSteps[step]).SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
            AssertNoRoslynObjects(value, "output", []);
    }

    private static readonly Type[] Forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(IOperation)];

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} is a {type.Name}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
                AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        }

        if (type.Namespace?.StartsWith("K8sTyped.Generator", StringComparison.Ordinal) != true && !type.IsValueType) return;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
    }

    private static Compilation Edit(Compilation compilation, int file, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == $"/src/File{file}.cs");
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal))));
    }
}
