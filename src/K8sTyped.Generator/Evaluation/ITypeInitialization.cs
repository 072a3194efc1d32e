using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>How the statics of a type in the compilation get their values, as the CLR's type initializer gives them.</summary>
internal interface ITypeInitialization
{
    /// <summary>The type's static fields and auto-properties, in the order its initializers run.</summary>
    IEnumerable<ISymbol> InitializedMembers(INamedTypeSymbol type);

    /// <summary>Runs one member's initializer (or gives its default).</summary>
    object? InitialValue(ISymbol member);

    /// <summary>Runs the type's static constructor, if it declares one, after the initializers.</summary>
    void RunStaticConstructor(INamedTypeSymbol type);
}
