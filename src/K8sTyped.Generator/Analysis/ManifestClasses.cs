using System.Runtime.CompilerServices;
using K8sTyped.Generator.Model;
using K8sTyped.Generator.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// Finds the <c>[KubernetesManifests]</c> classes of a compilation as the generator's attribute step does, for the
/// analyzers. Candidates are found syntactically and remembered per syntax tree (trees are shared between successive
/// compilations, so an edit re-scans only the edited file); only candidates are bound.
/// </summary>
internal static class ManifestClasses
{
    private static readonly ConditionalWeakTable<SyntaxTree, IReadOnlyList<ClassDeclarationSyntax>> s_candidates = new();

    public static IReadOnlyList<ManifestTarget> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var attributeType = compilation.GetTypeByMetadataName(ManifestGenerator.AttributeMetadataName);
        var targets = new List<ManifestTarget>();
        if (attributeType is null) return targets;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var candidates = s_candidates.GetValue(tree, static t => Candidates(t));
            if (candidates.Count == 0) continue;
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type) continue;
                // A partial class marked in one part is found once, at the part that carries the attribute.
                var attribute = type.GetAttributes().FirstOrDefault(a =>
                    SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)
                    && a.ApplicationSyntaxReference?.SyntaxTree == tree
                    && declaration.Span.Contains(a.ApplicationSyntaxReference.Span));
                if (attribute is not null)
                    targets.Add(ManifestTargetParser.Parse(type, declaration, attribute));
            }
        }

        return targets;
    }

    private static IReadOnlyList<ClassDeclarationSyntax> Candidates(SyntaxTree tree) =>
        tree.GetRoot()
            .DescendantNodes(node => node is not (MemberDeclarationSyntax and not (BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)))
            .OfType<ClassDeclarationSyntax>()
            .Where(c => c.AttributeLists.SelectMany(l => l.Attributes).Any(a => IsManifestsAttributeName(a.Name)))
            .ToList();

    private static bool IsManifestsAttributeName(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => "",
        };
        return simple is "KubernetesManifests" or "KubernetesManifestsAttribute";
    }
}
