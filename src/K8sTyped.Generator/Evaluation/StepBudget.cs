using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Bounds the work and the call depth of one evaluation, so a loop that never ends becomes a diagnostic instead of a
/// hung build, and deep recursion a diagnostic instead of a stack overflow that would kill the compiler.
/// </summary>
internal sealed class StepBudget
{
    private const int MaxSteps = 2_000_000;
    private const int MaxDepth = 200;

    private int _steps;
    private int _depth;

    public CancellationToken CancellationToken { get; init; }

    public void Step(IOperation operation)
    {
        if ((_steps & 0x3FF) == 0)
            CancellationToken.ThrowIfCancellationRequested();
        if (++_steps > MaxSteps)
            throw new StepBudgetExhaustedException($"the budget of {MaxSteps.ToString(System.Globalization.CultureInfo.InvariantCulture)} steps", SourceSpan.From(operation.Syntax));
    }

    public IDisposable EnterCall(SyntaxNode call)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            throw new EvaluationException(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(call), $"the call depth of {MaxDepth}");
        }

        return new DepthScope(this);
    }

    private sealed class DepthScope(StepBudget budget) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            budget._depth--;
        }
    }
}
