using System.Text;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sTyped.Generator.Parser;

/// <summary>Reads a <c>[KubernetesManifests]</c> class declaration into a <see cref="ManifestTarget"/>.</summary>
internal static class ManifestTargetParser
{
    public static ManifestTarget Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Parse((INamedTypeSymbol)context.TargetSymbol, (ClassDeclarationSyntax)context.TargetNode, context.Attributes[0]);
    }

    /// <summary>The same target the generator's attribute step makes, for the analyzers (which find classes themselves).</summary>
    public static ManifestTarget Parse(INamedTypeSymbol type, ClassDeclarationSyntax declaration, AttributeData attribute)
    {
        var classSpan = SourceSpan.From(declaration.SyntaxTree, declaration.Identifier.Span);

        string? defaultNamespace = null;
        string? fileName = null;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Namespace") defaultNamespace = argument.Value.Value as string;
            if (argument.Key == "FileName") fileName = argument.Value.Value as string;
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (!type.IsStatic || !IsPartialChain(type))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClassMustBeStaticPartial, classSpan, type.Name));

        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            containing.Insert(0, "partial " + Keyword(outer) + " " + outer.Name + TypeParameters(outer));

        return new ManifestTarget(
            MetadataName(type),
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            containing.ToEquatableArray(),
            type.Name,
            "static partial class " + type.Name + TypeParameters(type),
            type.ToDisplayString(),
            string.IsNullOrEmpty(defaultNamespace) ? null : defaultNamespace,
            NamedArgumentSpan(attribute, "Namespace"),
            string.IsNullOrEmpty(fileName) ? KebabCase(type.Name) + ".yaml" : fileName!,
            classSpan,
            diagnostics.ToEquatableArray());
    }

    private static SourceSpan? NamedArgumentSpan(AttributeData attribute, string name) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments }
            && arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name) is { } argument
            ? SourceSpan.From(argument.Expression)
            : null;

    /// <summary>"MariaDbManifests" → "maria-db-manifests".</summary>
    public static string KebabCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                text.Append('-');
            text.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static bool IsPartialChain(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var isPartial = current.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax())
                .OfType<TypeDeclarationSyntax>()
                .Any(d => d.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!isPartial) return false;
        }

        return true;
    }

    private static string Keyword(INamedTypeSymbol type) => (type.TypeKind, type.IsRecord) switch
    {
        (TypeKind.Struct, true) => "record struct",
        (TypeKind.Struct, false) => "struct",
        (TypeKind.Interface, _) => "interface",
        (_, true) => "record",
        _ => "class",
    };

    private static string TypeParameters(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";

    private static string MetadataName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
            return MetadataName(outer) + "+" + type.MetadataName;
        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
    }
}
