using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// How much work one evaluation may do: steps (interpreted operations and elements a BCL call enumerates), nested
/// calls, and bytes of strings and collections it makes. A project raises them with MSBuild properties (the package
/// makes them visible to the compiler); the generator and the analyzers read the same ones, so they share evaluations.
/// </summary>
/// <param name="Steps">Interpreted operations plus elements enumerated by BCL calls.</param>
/// <param name="CallDepth">Nested calls of interpreted methods, lambdas and getters.</param>
/// <param name="AllocationBytes">Bytes of the strings and collections that evaluated code makes, summed over the evaluation.</param>
internal sealed record EvaluationLimits(long Steps, int CallDepth, long AllocationBytes)
{
    /// <summary>The step budget (it replaced K8sTypedEvaluationStepLimit, which is no longer read).</summary>
    public const string BudgetProperty = "K8sTypedEvaluationBudget";
    public const string CallDepthLimitProperty = "K8sTypedEvaluationCallDepthLimit";
    public const string AllocationLimitProperty = "K8sTypedEvaluationAllocationLimit";

    /// <summary>
    /// 10,000,000 steps: about 100,000 DSL resources in a loop (a resource with a pod takes about 100 steps), and a few
    /// seconds before a loop that never ends is reported.
    /// </summary>
    public static EvaluationLimits Default { get; } = new(10_000_000, 200, 100_000_000);

    /// <summary>The limits a project sets (build_property.* from MSBuild), the defaults for the others or for values that are not positive numbers.</summary>
    public static EvaluationLimits From(AnalyzerConfigOptions globalOptions) => new(
        Read(globalOptions, BudgetProperty, Default.Steps),
        (int)Math.Min(int.MaxValue, Read(globalOptions, CallDepthLimitProperty, Default.CallDepth)),
        Read(globalOptions, AllocationLimitProperty, Default.AllocationBytes));

    private static long Read(AnalyzerConfigOptions options, string property, long fallback) =>
        options.TryGetValue("build_property." + property, out var text)
        && long.TryParse(text.Replace("_", "").Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
        && value > 0
            ? value
            : fallback;
}
