using System.Collections.Immutable;
using K8sTyped.Generator.Analysis;
using K8sTyped.Generator.Tests.TestSupport;
using K8sTyped.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// A keystroke that changes nothing a class's validation reads runs no rule: the analyzers reuse the findings kept with
/// the (shared, unchanged) evaluation. Any change of the evaluation or of the other inputs validates again.
/// </summary>
public sealed class ValidationMemoTests
{
    private const string Manifests = """
        using K8sTyped;

        [KubernetesManifests(Namespace = "web")]
        public static partial class Web
        {
            public static readonly Deployment App = Deployment.Named("web").Replicas(2);
        }
        """;

    private const string Unrelated = "internal static class Unrelated { public static int Answer() => 1; }";

    private static readonly ValidationInputs NoOtherInputs = new([], [], []);

    [Fact]
    public void An_unrelated_edit_reuses_the_findings_without_running_the_rules()
    {
        var compilation = TestCompilation.Create(Manifests, Unrelated);
        var validations = 0;
        var first = ValidationMemo.GetOrValidate(ClassEvaluations.Of(compilation), NoOtherInputs, () => Validate(ref validations));

        var edited = Edit(compilation, 1, Unrelated.Replace("=> 1", "=> 2"));
        var second = ValidationMemo.GetOrValidate(ClassEvaluations.Of(edited), new ValidationInputs([], [], []), () => Validate(ref validations));

        Assert.Equal(1, validations);
        Assert.Equal(first, second);
    }

    [Fact]
    public void An_edit_to_the_class_validates_again()
    {
        var compilation = TestCompilation.Create(Manifests, Unrelated);
        var validations = 0;
        ValidationMemo.GetOrValidate(ClassEvaluations.Of(compilation), NoOtherInputs, () => Validate(ref validations));

        var edited = Edit(compilation, 0, Manifests.Replace("Replicas(2)", "Replicas(3)"));
        ValidationMemo.GetOrValidate(ClassEvaluations.Of(edited), NoOtherInputs, () => Validate(ref validations));

        Assert.Equal(2, validations);
    }

    [Fact]
    public void Other_inventory_objects_validate_again()
    {
        var evaluation = ClassEvaluations.Of(TestCompilation.Create(Manifests, Unrelated));
        var validations = 0;
        var volume = new V1PersistentVolume { Metadata = new V1ObjectMeta { Name = "pv-1" } };
        ValidationMemo.GetOrValidate(evaluation, NoOtherInputs, () => Validate(ref validations));

        ValidationMemo.GetOrValidate(evaluation, new ValidationInputs([], [volume], []), () => Validate(ref validations));
        ValidationMemo.GetOrValidate(evaluation, new ValidationInputs([], [volume], []), () => Validate(ref validations));
        ValidationMemo.GetOrValidate(evaluation, new ValidationInputs([], [], [volume]), () => Validate(ref validations));

        Assert.Equal(3, validations);
    }

    private static ImmutableArray<ValidatedFinding> Validate(ref int validations)
    {
        validations++;
        return [];
    }

    private static Compilation Edit(Compilation compilation, int treeIndex, string text)
    {
        var tree = compilation.SyntaxTrees.ElementAt(treeIndex);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions, tree.FilePath));
    }
}
