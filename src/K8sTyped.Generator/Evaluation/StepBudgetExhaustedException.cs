using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The step budget ran out. The innermost running loop turns it into the diagnostic at its own span (the loop that
/// does not end, not whichever operation happened to take the last step).
/// </summary>
internal sealed class StepBudgetExhaustedException(string budget, SourceSpan? lastStep) : Exception($"The evaluation exceeded {budget}.")
{
    public EvaluationException At(SyntaxNode loop) =>
        new(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(loop), budget);

    public EvaluationException AtLastStep() =>
        new(DiagnosticDescriptors.BudgetExceeded, lastStep, budget);
}
