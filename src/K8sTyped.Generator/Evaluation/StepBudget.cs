using System.Globalization;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Bounds the work, the call depth and the memory of one evaluation (<see cref="EvaluationLimits"/>), so a loop that
/// never ends (or is larger than the project allows) becomes a diagnostic instead of a hung build, deep recursion a diagnostic instead of a stack overflow,
/// and a huge string or collection a diagnostic before it is allocated instead of an exhausted compiler.
/// </summary>
internal sealed class StepBudget
{
    private long _steps;
    private int _depth;
    private long _allocatedBytes;

    public StepBudget(EvaluationLimits limits) => Limits = limits;

    public EvaluationLimits Limits { get; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>One interpreted operation.</summary>
    public void Step(IOperation operation) => Step(operation.Syntax);

    /// <summary>One step at <paramref name="site"/>: an operation, or an element a BCL call enumerates there.</summary>
    public void Step(SyntaxNode site)
    {
        if ((_steps & 0x3FF) == 0)
            CancellationToken.ThrowIfCancellationRequested();
        if (++_steps > Limits.Steps)
            throw new StepBudgetExhaustedException(Limits.Steps, SourceSpan.From(site));
    }

    /// <summary><paramref name="count"/> steps at once: the elements of a collection a BCL call is handed.</summary>
    public void Steps(long count, SyntaxNode site)
    {
        CancellationToken.ThrowIfCancellationRequested();
        _steps += Math.Max(0, count);
        if (_steps > Limits.Steps)
            throw new StepBudgetExhaustedException(Limits.Steps, SourceSpan.From(site));
    }

    /// <summary>Charges <paramref name="bytes"/> that code at <paramref name="site"/> is about to allocate; throws before they are.</summary>
    public void Allocate(long bytes, SyntaxNode site)
    {
        if (bytes <= 0) return;
        var left = Limits.AllocationBytes - _allocatedBytes;
        if (bytes > left)
        {
            throw new EvaluationException(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(site),
                $"the allocation budget of {Format(Limits.AllocationBytes)} bytes",
                $"this would make a string or collection of {Format(bytes)} bytes with {Format(Math.Max(0, left))} left; "
                + $"if the manifests really need that much, raise the MSBuild property {EvaluationLimits.AllocationLimitProperty}");
        }

        _allocatedBytes += bytes;
    }

    public IDisposable EnterCall(SyntaxNode call)
    {
        if (++_depth > Limits.CallDepth)
        {
            _depth--;
            throw new EvaluationException(DiagnosticDescriptors.BudgetExceeded, SourceSpan.From(call),
                $"the call depth of {Format(Limits.CallDepth)}",
                $"the calls here nest deeper than that (a recursion that does not stop, or one that needs to go deeper); raise the MSBuild property {EvaluationLimits.CallDepthLimitProperty} if it really needs to");
        }

        return new DepthScope(this);
    }

    public static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

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
