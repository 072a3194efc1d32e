using System.Diagnostics;
using System.Globalization;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// Work done and memory taken inside whitelisted BCL calls count against the evaluation's budgets, so hostile or
/// mistaken code ends in KT0102 at the call, quickly, before the compiler runs out of time or memory; the limits are
/// MSBuild properties.
/// </summary>
public sealed class BudgetTests
{
    private const string Usings = "using K8sTyped;\nusing K8sTyped.Models;\nusing System.Text;\n";

    // Well under the seconds a hang would take: the bound is the budget, not this check.
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("{|KT0102:Enumerable.Range(0, 10_000).SelectMany(_ => Enumerable.Repeat(1L, int.MaxValue)).LongCount()|}.ToString()", "steps")]
    // Each number joined is charged as the longest text a number formats to: memory runs out before the steps do.
    [InlineData("{|KT0102:string.Join(\",\", Enumerable.Range(0, 200_000_000))|}", "allocation")]
    [InlineData("{|KT0102:Enumerable.Repeat(\"x\", int.MaxValue).ToList()|}.Count.ToString()", "steps")]
    [InlineData("((int[]){|KT0102:[.. Enumerable.Range(0, int.MaxValue)]|}).Length.ToString()", "steps")]
    [InlineData("{|KT0102:new string('x', 500_000_000)|}", "allocation")]
    [InlineData("{|KT0102:\"x\".PadLeft(int.MaxValue)|}", "allocation")]
    [InlineData("{|KT0102:new StringBuilder().Append('x', 1_000_000_000)|}.ToString()", "allocation")]
    [InlineData("{|KT0102:new StringBuilder(1_000_000_000)|}.ToString()", "allocation")]
    [InlineData("{|KT0102:7.ToString(\"D999999999\")|}", "allocation")]
    [InlineData("$\"{|KT0102:{7,1000000000}|}\"", "allocation")]
    [InlineData("{|KT0102:string.Format(\"{0,1000000000}\", 7)|}", "allocation")]
    [InlineData("{|KT0102:new int[1_000_000_000]|}.Length.ToString()", "allocation")]
    public void Work_and_memory_inside_BCL_calls_are_bounded_at_the_call(string expression, string limit)
    {
        var watch = Stopwatch.StartNew();
        // The budget of steps the defaults had before they scaled with large projects: where the work stops is the point here.
        var run = DiagnosticAssert.Reports(new BuildProperties(new Dictionary<string, string> { ["K8sTypedEvaluationBudget"] = "2000000" }), Usings + $$"""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("n", {{expression}});
            }
            """);

        Assert.True(watch.Elapsed < Quickly, $"took {watch.Elapsed}");
        var message = run.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Contains(limit == "steps" ? "K8sTypedEvaluationBudget" : "K8sTypedEvaluationAllocationLimit", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_handed_to_a_BCL_call_counts_all_its_elements()
    {
        DiagnosticAssert.Reports(Usings + """
            internal static class Totals
            {
                public static int Sum()
                {
                    var numbers = Enumerable.Range(0, 1_000).ToList();
                    var total = 0;
                    for (var i = 0; i < 10_000; i++)
                        total += {|KT0102:numbers.Sum()|};
                    return total;
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("n", Totals.Sum().ToString());
            }
            """);
    }

    [Fact]
    public void Searching_a_large_text_on_every_turn_of_a_loop_runs_out_of_steps()
    {
        var watch = Stopwatch.StartNew();
        DiagnosticAssert.Reports(Usings + """
            internal static class Search
            {
                public static int Hits()
                {
                    var text = new string('x', 20_000_000);
                    var hits = 0;
                    for (var i = 0; i < 1_000_000; i++)
                        hits += {|KT0102:text.IndexOf('y')|};
                    return hits;
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("n", Search.Hits().ToString());
            }
            """);

        Assert.True(watch.Elapsed < Quickly, $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_collection_is_handed_to_the_call_as_it_is()
    {
        var run = GeneratorRun.Run(Usings + """
            internal static class Twice
            {
                public static int Count()
                {
                    var items = new List<string> { "a", "b" };
                    items.AddRange(items);
                    return items.Count;
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("count", Twice.Count().ToString());
            }
            """);

        Assert.Empty(run.EvaluationDiagnostics);
        var source = Assert.Single(run.GeneratedSources);
        Assert.True(source.Contains("count: '4'", StringComparison.Ordinal), source);
    }

    [Fact]
    public void A_long_text_built_line_by_line_is_charged_for_its_characters_once()
    {
        // 20,000 lines of 100 characters: 4 MB of text. Charging the builder's length on every Append would be 40 GB.
        var run = GeneratorRun.Run(Usings + """
            internal static class Lines
            {
                public static string Text()
                {
                    var text = new StringBuilder();
                    var line = new string('x', 99);
                    for (var i = 0; i < 20_000; i++)
                        text.Append(line).Append('\n');
                    return text.ToString();
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly ConfigMap Config = ConfigMap.Named("config").Data("length", Lines.Text().Length.ToString());
            }
            """);

        Assert.Empty(run.OutputErrors);
        Assert.Empty(run.EvaluationDiagnostics);
        Assert.Contains("length: '2000000'", Assert.Single(run.GeneratedSources), StringComparison.Ordinal);
    }

    [Fact]
    public void Doubling_a_string_ends_at_the_concatenation_before_memory_runs_out()
    {
        var run = DiagnosticAssert.Reports(Usings + """
            internal static class Text
            {
                public static string Huge()
                {
                    var s = "x";
                    for (var i = 0; i < 40; i++)
                        {|KT0102:s += s|};
                    return s;
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("n", Text.Huge().Length.ToString());
            }
            """);

        Assert.Contains("allocation budget of 100,000,000 bytes", run.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_are_MSBuild_properties_read_by_the_generator_and_the_analyzers()
    {
        const string Source = Usings + """
            internal static class Text
            {
                public static string Padded() => {|KT0102:"x".PadLeft(600)|};

                public static int Sum()
                {
                    var sum = 0;
                    foreach (var i in Enumerable.Range(0, 100)) sum += i;
                    return sum;
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("n", Text.Padded().Trim() + Text.Sum());
            }
            """;
        // Within the defaults.
        var unlimited = GeneratorRun.Run(DiagnosticMarkup.Parse(Source).Source);
        Assert.Empty(unlimited.EvaluationDiagnostics);
        Assert.True(unlimited.WroteManifests);

        var small = DiagnosticAssert.Reports(new BuildProperties(new Dictionary<string, string> { ["K8sTypedEvaluationAllocationLimit"] = "1000" }), Source);
        Assert.Contains("allocation budget of 1,000 bytes", small.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(small.WroteManifests);

        var fewSteps = GeneratorRun.Run(new BuildProperties(new Dictionary<string, string> { ["K8sTypedEvaluationBudget"] = "200" }), DiagnosticMarkup.Parse(Source).Source);
        var exceeded = Assert.Single(fewSteps.EvaluationDiagnostics);
        Assert.Contains("budget of 200 steps", exceeded.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("foreach", exceeded.Location.SourceTree!.ToString().Substring(exceeded.Location.SourceSpan.Start), StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_that_is_not_a_positive_number_keeps_the_default()
    {
        var run = GeneratorRun.Run(new BuildProperties(new Dictionary<string, string> { ["K8sTypedEvaluationBudget"] = "lots" }), Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Label("n", Enumerable.Range(0, 1000).Sum().ToString());
            }
            """);

        Assert.Empty(run.EvaluationDiagnostics);
        Assert.True(run.WroteManifests);
    }

    [Fact]
    public void A_finite_loop_of_22000_resources_fits_the_default_budget()
    {
        var run = GeneratorRun.Run(Usings + """
            [KubernetesManifests]
            public static partial class Fleet
            {
                public static readonly Application App = Build();

                private static Application Build()
                {
                    var app = Application.Named("fleet").InNamespace("fleet");
                    for (var i = 0; i < 22_000; i++)
                        app.Add(Service.ClusterIP($"svc-{i}").Selecting(Labels.Of("app", $"app-{i}")).Port("http", 8000 + i % 1000));
                    return app;
                }
            }
            """);

        Assert.Empty(run.EvaluationDiagnostics);
        Assert.Contains("name: svc-21999", Assert.Single(run.GeneratedSources), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finite_loop_over_the_budget_is_reported_as_large_with_the_steps_used_and_the_property_to_raise()
    {
        var run = DiagnosticAssert.Reports(new BuildProperties(new Dictionary<string, string> { ["K8sTypedEvaluationBudget"] = "5000" }), Usings + """
            [KubernetesManifests]
            public static partial class Fleet
            {
                public static readonly Application App = Build();

                private static Application Build()
                {
                    var app = Application.Named("fleet");
                    {|KT0102:for (var i = 0; i < 1_000; i++)
                        app.Add(Service.ClusterIP($"svc-{i}").Port("http", 80));|}
                    return app;
                }
            }
            """);

        var message = run.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("all 5,000 steps were used", message, StringComparison.Ordinal);
        Assert.Contains("may simply be large", message, StringComparison.Ordinal);
        Assert.Contains("<K8sTypedEvaluationBudget>20000</K8sTypedEvaluationBudget>", message, StringComparison.Ordinal);
        Assert.DoesNotContain("never ends", message, StringComparison.Ordinal);
        Assert.DoesNotContain("does not end", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_nothing_leaves_is_reported_as_never_ending()
    {
        var run = DiagnosticAssert.Reports(new BuildProperties(new Dictionary<string, string> { ["K8sTypedEvaluationBudget"] = "5000" }), Usings + """
            internal static class Scale
            {
                public static int Replicas()
                {
                    var replicas = 1;
                    {|KT0102:while (true)
                    {
                        replicas++;
                    }|}
                }
            }

            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly Deployment App = Deployment.Named("web").Replicas(Scale.Replicas());
            }
            """);

        var message = run.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("this loop never ends", message, StringComparison.Ordinal);
        Assert.Contains("5,000 steps", message, StringComparison.Ordinal);
    }
}
