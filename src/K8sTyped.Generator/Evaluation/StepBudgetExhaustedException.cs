using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The step budget ran out. The innermost running loop, or the BCL call enumerating a sequence, turns it into the
/// diagnostic at its own span (the loop that does not end, not whichever operation happened to take the last step).
/// </summary>
internal sealed class StepBudgetExhaustedException(string budget, SourceSpan? lastStep) : Exception($"The evaluation exceeded {budget}.")
{
    private const string RaiseIt = "; if it really needs more, raise the MSBuild property " + EvaluationLimits.StepLimitProperty;

    public EvaluationException At(SyntaxNode loop) =>
        new(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(loop), budget, "this loop does not end, or needs more steps than that" + RaiseIt);

    /// <summary>At a BCL call: every element it enumerates is a step.</summary>
    public EvaluationException AtCall(SyntaxNode call) =>
        new(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(call), budget,
            "this call enumerates more elements than that (each element a library call enumerates is a step)" + RaiseIt);

    public EvaluationException AtLastStep() =>
        new(DiagnosticDescriptors.BudgetExceeded, lastStep, budget, "the code here does not end, or needs more steps than that" + RaiseIt);
}
