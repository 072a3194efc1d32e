using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Maps a method, constructor or field symbol to the reflection member that runs it: by containing type, name,
/// parameter types (matched structurally, so generic definitions match) and generic arguments. Mappings are cached
/// for the life of the compiler process: the generator's K8sTyped copy and the BCL never change under it. A loop
/// calls the same symbol on every turn, so each symbol also remembers its member (while the symbol lives), which
/// spares building the key (a documentation id and display strings) at every call.
/// </summary>
internal static class ClrMemberResolver
{
    private const BindingFlags AllMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    private static readonly ConcurrentDictionary<string, MethodBase?> s_methods = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<IMethodSymbol, StrongBox<MethodBase?>> s_bySymbol = new();

    public static MethodBase? Resolve(IMethodSymbol method) =>
        s_bySymbol.GetValue(method, static symbol => new StrongBox<MethodBase?>(ResolveByKey(symbol))).Value;

    private static MethodBase? ResolveByKey(IMethodSymbol method)
    {
        var key = method.ContainingAssembly?.Name + "|" + method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            + "|" + method.OriginalDefinition.GetDocumentationCommentId()
            + "|" + string.Join(",", method.TypeArguments.Select(t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        return s_methods.GetOrAdd(key, _ => Find(method));
    }

    public static FieldInfo? Resolve(IFieldSymbol field)
    {
        var type = ClrTypeResolver.Resolve(field.ContainingType);
        var name = (field.CorrespondingTupleField ?? field).Name;
        return type?.GetField(name, AllMembers);
    }

    private static MethodBase? Find(IMethodSymbol method)
    {
        var type = ClrTypeResolver.Resolve(method.ContainingType);
        if (type is null) return null;
        var definition = method.ConstructedFrom;
        if (method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor)
        {
            return type.GetConstructors(AllMembers).FirstOrDefault(c => ParametersMatch(c.GetParameters(), definition.Parameters));
        }

        foreach (var candidate in type.GetMethods(AllMembers))
        {
            if (candidate.Name != method.MetadataName
                || candidate.IsGenericMethodDefinition != method.IsGenericMethod
                || candidate.GetGenericArguments().Length != method.TypeParameters.Length
                || !ParametersMatch(candidate.GetParameters(), definition.Parameters)
                || !TypeMatches(candidate.ReturnType, definition.ReturnType))
                continue;
            if (!method.IsGenericMethod)
                return candidate;
            var arguments = method.TypeArguments.Select(ClrTypeResolver.Resolve).ToArray();
            return arguments.Any(a => a is null) ? null : candidate.MakeGenericMethod(arguments!);
        }

        return null;
    }

    private static bool ParametersMatch(ParameterInfo[] clr, IReadOnlyList<IParameterSymbol> symbols)
    {
        if (clr.Length != symbols.Count) return false;
        for (var i = 0; i < clr.Length; i++)
        {
            var parameterType = clr[i].ParameterType;
            if (parameterType.IsByRef != (symbols[i].RefKind != RefKind.None)) return false;
            if (parameterType.IsByRef) parameterType = parameterType.GetElementType()!;
            if (!TypeMatches(parameterType, symbols[i].Type)) return false;
        }

        return true;
    }

    private static bool TypeMatches(Type clr, ITypeSymbol symbol)
    {
        switch (symbol)
        {
            case ITypeParameterSymbol parameter:
                return clr.IsGenericParameter
                    && clr.GenericParameterPosition == parameter.Ordinal
                    && (clr.DeclaringMethod is not null) == (parameter.TypeParameterKind == TypeParameterKind.Method);
            case IArrayTypeSymbol array:
                return clr.IsArray && clr.GetArrayRank() == array.Rank && TypeMatches(clr.GetElementType()!, array.ElementType);
            case INamedTypeSymbol { IsGenericType: true } named when named.TypeArguments.Any(ContainsTypeParameter):
                if (!clr.IsGenericType || clr.IsGenericParameter) return false;
                var definition = ClrTypeResolver.Resolve(named.OriginalDefinition);
                if (definition is null || clr.GetGenericTypeDefinition() != definition) return false;
                var clrArguments = clr.GetGenericArguments();
                var symbolArguments = named.TypeArguments;
                if (clrArguments.Length != symbolArguments.Length) return false;
                for (var i = 0; i < clrArguments.Length; i++)
                {
                    if (!TypeMatches(clrArguments[i], symbolArguments[i])) return false;
                }

                return true;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return false;
            default:
                return !clr.ContainsGenericParameters && ClrTypeResolver.Resolve(symbol) == clr;
        }
    }

    private static bool ContainsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter),
        _ => false,
    };
}
