using System.Collections;
using System.Reflection;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Steps a BCL call takes by scanning a string or collection that already exists (<c>text.IndexOf(x)</c>,
/// <c>list.Contains(x)</c>): one per element or per <see cref="CharactersPerStep"/> characters, so a loop that searches a
/// large text on every turn runs out of steps instead of running for hours. Calls whose cost does not grow with the
/// receiver (an indexer, <c>Length</c>, <c>Substring</c>, <c>Add</c>) cost nothing extra.
/// </summary>
internal static class ScanCost
{
    /// <summary>Characters a scan compares in about the time of one interpreted operation.</summary>
    public const int CharactersPerStep = 64;

    private static readonly HashSet<string> s_scanningTextMembers = new(StringComparer.Ordinal)
    {
        "IndexOf", "IndexOfAny", "LastIndexOf", "LastIndexOfAny", "Contains", "Replace", "Split", "Count",
    };

    private static readonly HashSet<string> s_scanningCollectionMembers = new(StringComparer.Ordinal)
    {
        "Contains", "ContainsValue", "IndexOf", "LastIndexOf", "Remove", "RemoveAll", "Sort", "Reverse", "ToArray", "CopyTo",
        "Find", "FindAll", "FindIndex", "FindLast", "FindLastIndex", "Exists", "TrueForAll", "Insert", "InsertRange", "RemoveAt",
    };

    /// <summary>The steps <paramref name="method"/> takes on <paramref name="instance"/>.</summary>
    public static long Of(MethodBase method, object? instance) => instance switch
    {
        string text when s_scanningTextMembers.Contains(method.Name) => text.Length / CharactersPerStep,
        System.Text.StringBuilder builder when method.Name is "ToString" or "Replace" => builder.Length / CharactersPerStep,
        ICollection collection when s_scanningCollectionMembers.Contains(method.Name) => collection.Count,
        _ => 0,
    };
}
