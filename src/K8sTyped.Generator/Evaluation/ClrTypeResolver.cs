using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Maps a type symbol from the user's compilation to the run-time type the generator can instantiate: K8sTyped types
/// come from the generator's loaded copy, BCL types from the runtime the compiler runs on. Source types have none.
/// </summary>
internal static class ClrTypeResolver
{
    // Keyed by assembly and metadata name, which identify a metadata type across compilations.
    private static readonly ConcurrentDictionary<string, Type?> s_definitions = new(StringComparer.Ordinal);

    private static readonly Assembly[] s_bclAssemblies =
    [
        typeof(object).Assembly,
        typeof(Enumerable).Assembly,
        typeof(Stack<>).Assembly,
        typeof(System.Text.Encoding).Assembly,
        typeof(Uri).Assembly,
    ];

    // Per symbol too (while the symbol lives), so the conversions and arrays of a loop resolve their types once.
    private static readonly ConditionalWeakTable<ITypeSymbol, StrongBox<Type?>> s_bySymbol = new();

    public static Type? Resolve(ITypeSymbol type) =>
        s_bySymbol.GetValue(type, static symbol => new StrongBox<Type?>(ResolveUncached(symbol))).Value;

    private static Type? ResolveUncached(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                var element = Resolve(array.ElementType);
                return element is null ? null : array.Rank == 1 ? element.MakeArrayType() : element.MakeArrayType(array.Rank);
            case INamedTypeSymbol named:
                if (named.IsTupleType && named.TupleUnderlyingType is { } underlying && !SymbolEqualityComparer.Default.Equals(underlying, named))
                    return Resolve(underlying);
                var definition = ResolveDefinition(named.OriginalDefinition);
                if (definition is null || !named.IsGenericType || named.IsUnboundGenericType || named.TypeArguments.Any(t => t is ITypeParameterSymbol))
                    return definition;
                var arguments = new Type[named.TypeArguments.Length + OuterArity(named)];
                var index = 0;
                foreach (var argument in AllTypeArguments(named))
                {
                    var resolved = Resolve(argument);
                    if (resolved is null) return null;
                    arguments[index++] = resolved;
                }

                return definition.MakeGenericType(arguments);
            default:
                return null;
        }
    }

    private static int OuterArity(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? outer.TypeArguments.Length + OuterArity(outer) : 0;

    // The CLR sees a nested type of a generic type as generic over the outer type's parameters too.
    private static IEnumerable<ITypeSymbol> AllTypeArguments(INamedTypeSymbol type) =>
        (type.ContainingType is { } outer ? AllTypeArguments(outer) : []).Concat(type.TypeArguments);

    private static Type? ResolveDefinition(INamedTypeSymbol definition)
    {
        var assembly = definition.ContainingAssembly;
        // Only K8sTyped and the BCL run in the generator; the user's own types (and any loaded copy of them) never do.
        if (assembly is null || (assembly.Name != LibraryAssembly.Name && !PureBclWhitelist.IsBcl(assembly))) return null;
        var key = assembly.Name + "|" + MetadataName(definition);
        return s_definitions.GetOrAdd(key, _ => Load(assembly.Name, MetadataName(definition)));
    }

    private static Type? Load(string assemblyName, string metadataName)
    {
        if (assemblyName == LibraryAssembly.Name)
            return LibraryAssembly.Assembly.GetType(metadataName, throwOnError: false);
        foreach (var candidate in s_bclAssemblies)
        {
            if (candidate.GetType(metadataName, throwOnError: false) is { } type)
                return type;
        }

        // Reference assemblies forward to implementation assemblies the runtime resolves by name.
        try
        {
            return Type.GetType(metadataName + ", " + assemblyName, throwOnError: false);
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
            return MetadataName(outer) + "+" + type.MetadataName;
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
    }
}
