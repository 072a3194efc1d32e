using System.Collections;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// A sequence handed to a BCL call, seen through the step budget: every element the call takes is a step, and, for a
/// call that makes text, the element's characters are charged to the allocation budget before the call can copy them.
/// So <c>Enumerable.Repeat(1L, int.MaxValue).LongCount()</c> ends in a diagnostic instead of running for minutes.
/// A collection (an array, a list, a dictionary) is charged for all its elements up front and handed over as it is,
/// so the call keeps its fast paths and its exact behaviour (<c>list.AddRange(list)</c>).
/// </summary>
internal class CountingEnumerable(IEnumerable inner, StepBudget budget, SyntaxNode site, bool chargesText) : IEnumerable
{
    protected IEnumerable Inner { get; } = inner;

    /// <summary>
    /// <paramref name="value"/> counted for a parameter of type <paramref name="parameterType"/>: a lazy sequence wrapped,
    /// a collection charged now and handed over as it is, anything else (the parameter takes no sequence) unchanged.
    /// </summary>
    public static object? Wrap(object? value, Type parameterType, StepBudget budget, SyntaxNode site, bool chargesText)
    {
        if (value is not IEnumerable sequence || !IsSequence(parameterType)) return value;
        if (value is ICollection collection)
        {
            budget.Steps(collection.Count, site);
            if (chargesText)
                budget.Allocate(2 * AllocationSizes.Characters(collection), site);
            return value;
        }

        if (parameterType == typeof(IEnumerable))
            return new CountingEnumerable(sequence, budget, site, chargesText);
        var typed = typeof(CountingEnumerable<>).MakeGenericType(parameterType.GetGenericArguments()[0]);
        return Activator.CreateInstance(typed, sequence, budget, site, chargesText);
    }

    private static bool IsSequence(Type parameterType) =>
        parameterType == typeof(IEnumerable) || parameterType.IsGenericType && parameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>);

    public IEnumerator GetEnumerator()
    {
        foreach (var item in Inner)
        {
            Take(item);
            yield return item;
        }
    }

    protected void Take(object? item)
    {
        budget.Step(site);
        if (chargesText)
            budget.Allocate(2 * AllocationSizes.Characters(item), site);
    }
}

/// <summary>The typed form, for parameters of type <see cref="IEnumerable{T}"/>.</summary>
internal sealed class CountingEnumerable<T>(IEnumerable inner, StepBudget budget, SyntaxNode site, bool chargesText)
    : CountingEnumerable(inner, budget, site, chargesText), IEnumerable<T>
{
    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        foreach (T item in Inner)
        {
            Take(item);
            yield return item;
        }
    }
}
