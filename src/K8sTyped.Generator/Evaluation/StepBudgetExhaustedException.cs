using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The step budget ran out. The innermost running loop, or the BCL call enumerating a sequence, turns it into the
/// diagnostic at its own span (the loop that was running, not whichever operation happened to take the last step).
/// Running out says the code needs more steps, not that it never ends: a project with many resources may simply be
/// large, so the message says how to raise the budget and claims a loop never ends only when nothing can leave it.
/// </summary>
internal sealed class StepBudgetExhaustedException(long steps, SourceSpan? lastStep) : Exception($"The evaluation used all {StepBudget.Format(steps)} steps of its budget.")
{
    private string Budget => $"its budget of {StepBudget.Format(steps)} steps";

    private string RaiseIt =>
        $"the code may simply be large (many resources, or a long loop): raise the MSBuild property {EvaluationLimits.BudgetProperty} "
        + $"(e.g. <{EvaluationLimits.BudgetProperty}>{steps * 4}</{EvaluationLimits.BudgetProperty}>)";

    /// <param name="loop">The loop that was running.</param>
    /// <param name="neverEnds">Whether nothing can leave the loop (no break, no return, a condition that is always true).</param>
    public EvaluationException At(SyntaxNode loop, bool neverEnds) =>
        new(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(loop), Budget, neverEnds
            ? $"this loop never ends (no break, return or false condition leaves it); it ran until all {StepBudget.Format(steps)} steps were used"
            : $"all {StepBudget.Format(steps)} steps were used while this loop was running; " + RaiseIt);

    /// <summary>At a BCL call: every element it enumerates is a step.</summary>
    public EvaluationException AtCall(SyntaxNode call) =>
        new(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(call), Budget,
            $"all {StepBudget.Format(steps)} steps were used while this call was enumerating (each element a library call enumerates is a step); " + RaiseIt);

    public EvaluationException AtLastStep() =>
        new(DiagnosticDescriptors.BudgetExceeded, lastStep, Budget, $"all {StepBudget.Format(steps)} steps were used by the time the code reached here; " + RaiseIt);
}
