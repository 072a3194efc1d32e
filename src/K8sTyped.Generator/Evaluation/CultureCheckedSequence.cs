using System.Collections;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// A lazy sequence handed to a call that prints its elements (<c>string.Join(",", Enumerable.Range(0, 3))</c>): each
/// element is checked for culture-neutral text as the call takes it, so the sequence is neither enumerated twice nor
/// held in memory.
/// </summary>
internal sealed class CultureCheckedSequence<T>(IEnumerable inner, Func<object?, Exception?> check) : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in inner)
        {
            if (check(item) is { } refused) throw refused;
            yield return (T)item!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Makes <see cref="CultureCheckedSequence{T}"/> for an element type known only at run time.</summary>
internal static class CultureCheckedSequence
{
    public static object Wrap(IEnumerable inner, Type elementType, Func<object?, Exception?> check) =>
        Activator.CreateInstance(typeof(CultureCheckedSequence<>).MakeGenericType(elementType), inner, check)!;
}
