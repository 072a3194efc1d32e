using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The BCL members manifest code may call: ones whose result depends only on their arguments. Everything else in the
/// BCL (I/O, the clock, randomness, the environment, hash codes of strings) would make the manifests depend on the
/// machine or the moment of the build, so it is refused with the reason.
/// </summary>
internal static class PureBclWhitelist
{
    private static readonly HashSet<string> s_pureTypes = new(StringComparer.Ordinal)
    {
        "System.String", "System.Char", "System.Math", "System.Boolean",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
        "System.TimeSpan", "System.Nullable`1", "System.StringComparer",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7",
        "System.Linq.Enumerable",
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.KeyValuePair`2",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.IDisposable",
        "System.Text.StringBuilder", "System.Text.Encoding", "System.Array",
    };

    // Members of otherwise pure types that are not: string hash codes are randomized per process.
    private static readonly HashSet<string> s_impureMembers = new(StringComparer.Ordinal)
    {
        "GetHashCode", "GetType", "ReferenceEquals",
    };

    private static readonly HashSet<string> s_pureObjectMembers = new(StringComparer.Ordinal) { "ToString", "Equals" };

    // Members of K8sTyped that reach outside the process.
    private static readonly HashSet<string> s_impureLibraryMembers = new(StringComparer.Ordinal) { "ReadFile" };

    /// <summary>Why <paramref name="member"/> may not be called at build time, or null when it may.</summary>
    public static string? WhyNot(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null) return "it is not a member of a type";
        if (LibraryAssembly.Contains(member))
            return s_impureLibraryMembers.Contains(member.Name) ? "it reads files" : null;
        var name = FullMetadataName(type.OriginalDefinition);
        if (name == "System.Object")
            return s_pureObjectMembers.Contains(member.Name) ? null : $"'object.{member.Name}' depends on the process";
        if (s_impureMembers.Contains(member.Name))
            return "its result differs from one process to the next";
        if (member is IMethodSymbol method && ComparesStringsByCulture(method))
            return "it compares strings by the build machine's culture; pass StringComparer.Ordinal or StringComparison.Ordinal";
        if (member is IMethodSymbol { Name: "ToHashSet" or "Shuffle" } && name == "System.Linq.Enumerable")
            return "its order differs from one process to the next";
        if (type.TypeKind == TypeKind.Enum)
            return member.Name is "ToString" or "HasFlag" ? null : "only ToString and HasFlag of enums are evaluated";
        if (s_pureTypes.Contains(name))
            return null;
        return name switch
        {
            "System.DateTime" or "System.DateTimeOffset" or "System.Diagnostics.Stopwatch" => "it reads the clock",
            "System.Guid" => "it makes a new random value on every build",
            "System.Random" => "it is random",
            "System.Environment" => "it reads the build machine's environment",
            _ when name.StartsWith("System.IO.", StringComparison.Ordinal) => "it does I/O",
            _ when name.StartsWith("System.Net.", StringComparison.Ordinal) => "it does network I/O",
            _ when type.ContainingAssembly is { } assembly && !IsBcl(assembly) => $"it is in '{assembly.Name}', which the generator cannot run",
            _ => "it is not one of the pure BCL members the generator evaluates (see docs/generator.md)",
        };
    }

    private static readonly HashSet<string> s_sortingMembers = new(StringComparer.Ordinal)
    {
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending", "Min", "Max", "MinBy", "MaxBy", "Sort",
    };

    // Culture-sensitive string ordering: the compiler's culture is not the one the program runs with.
    private static bool ComparesStringsByCulture(IMethodSymbol method)
    {
        if (method.Parameters.Any(p => p.Type.Name is "IComparer" or "Comparison" or "StringComparison" or "StringComparer" or "CultureInfo"))
            return false;
        var type = FullMetadataName(method.ContainingType.OriginalDefinition);
        if (type == "System.String")
            return method.Name is "Compare" or "CompareTo";
        if (!s_sortingMembers.Contains(method.Name)) return false;
        var compared = type switch
        {
            "System.Linq.Enumerable" or "System.Array" => method.TypeArguments.LastOrDefault(),
            "System.Collections.Generic.List`1" => method.ContainingType.TypeArguments[0],
            _ => null,
        };
        return compared?.SpecialType == SpecialType.System_String
            || (type == "System.Array" && method.Parameters.FirstOrDefault()?.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });
    }

    public static bool IsBcl(IAssemblySymbol assembly) =>
        assembly.Name is "mscorlib" or "netstandard" or "System" or "System.Private.CoreLib"
        || assembly.Name.StartsWith("System.", StringComparison.Ordinal)
        || assembly.Name.StartsWith("Microsoft.", StringComparison.Ordinal);

    public static string FullMetadataName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
            return FullMetadataName(outer) + "+" + type.MetadataName;
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
    }
}
