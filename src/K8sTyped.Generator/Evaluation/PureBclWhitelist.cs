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
        "System.Text.StringBuilder", "System.Text.Encoding", "System.Array", "System.FormattableString",
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
        if (CultureComparisonWhyNot(member, name) is { } comparison)
            return comparison;
        if (name == "System.Globalization.CultureInfo")
            return member.Name == "InvariantCulture" ? null : "it depends on the cultures of the machine; only CultureInfo.InvariantCulture is evaluated";
        if (name == "System.FormattableString" && member.Name == "CurrentCulture")
            return "it formats with the program's culture, not the compiler's; use FormattableString.Invariant";
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
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending", "Min", "Max", "MinBy", "MaxBy", "Sort", "BinarySearch",
    };

    // string members that compare linguistically unless told otherwise (StartsWith("x") is culture-sensitive in .NET).
    private static readonly HashSet<string> s_linguisticStringMembers = new(StringComparer.Ordinal)
    {
        "Compare", "CompareTo", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf",
    };

    // Culture-sensitive string comparison: the compiler's culture is not the one the program runs with, and a culture
    // comparison (even the invariant culture's) becomes an ordinal one under InvariantGlobalization.
    private static string? CultureComparisonWhyNot(ISymbol member, string type)
    {
        const string Advice = "; pass StringComparer.Ordinal or StringComparison.Ordinal";
        if (type == "System.StringComparer")
        {
            return member.Name is "CurrentCulture" or "CurrentCultureIgnoreCase" or "InvariantCulture" or "InvariantCultureIgnoreCase" or "Create"
                ? "it compares strings by culture: the program's own, or none at all under InvariantGlobalization, never the compiler's" + Advice.Replace("pass ", "use ")
                : null;
        }

        if (member is not IMethodSymbol method) return null;
        var parameterTypes = method.Parameters.Select(p => p.Type.Name).ToList();
        if (parameterTypes.Any(t => t is "IComparer" or "Comparison" or "StringComparison" or "StringComparer"))
            return null; // an ordinal comparer or comparison is fine; a culture StringComparison is judged by its value
        if (type == "System.String")
        {
            if (!s_linguisticStringMembers.Contains(method.Name)) return null;
            var firstIsChar = method.Parameters.FirstOrDefault()?.Type.SpecialType == SpecialType.System_Char;
            var firstIsChars = method.Parameters.FirstOrDefault()?.Type is IArrayTypeSymbol;
            return firstIsChar || firstIsChars
                ? null
                : "it compares strings by culture, and the program runs under its own culture, not the compiler's" + Advice;
        }

        if (!s_sortingMembers.Contains(method.Name) && !(method.Name == "CompareTo" && type.StartsWith("System.ValueTuple", StringComparison.Ordinal)))
            return null;
        var compared = type switch
        {
            "System.Linq.Enumerable" => method.TypeArguments.LastOrDefault(),
            "System.Array" => method.TypeArguments.FirstOrDefault() ?? method.Parameters.FirstOrDefault()?.Type,
            "System.Collections.Generic.List`1" => method.ContainingType.TypeArguments[0],
            _ when type.StartsWith("System.ValueTuple", StringComparison.Ordinal) => method.ContainingType,
            _ => null,
        };
        return compared is not null && MayCompareStrings(compared)
            ? $"it orders {compared.ToDisplayString()} values with the default comparer, which compares strings by the program's culture" + Advice
            : null;
    }

    // Whether the default comparer of the type may compare strings: strings, and anything that may hold one.
    private static bool MayCompareStrings(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_String or SpecialType.System_Object } => true,
        IArrayTypeSymbol array => MayCompareStrings(array.ElementType),
        { SpecialType: SpecialType.System_Array } => true,
        ITypeParameterSymbol or IDynamicTypeSymbol or { TypeKind: TypeKind.Interface } => true,
        INamedTypeSymbol { IsTupleType: true } tuple => tuple.TupleElements.Any(e => MayCompareStrings(e.Type)),
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => MayCompareStrings(nullable.TypeArguments[0]),
        INamedTypeSymbol named when FullMetadataName(named.OriginalDefinition).StartsWith("System.Tuple`", StringComparison.Ordinal)
            || FullMetadataName(named.OriginalDefinition).StartsWith("System.ValueTuple`", StringComparison.Ordinal) => named.TypeArguments.Any(MayCompareStrings),
        _ => false,
    };

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
