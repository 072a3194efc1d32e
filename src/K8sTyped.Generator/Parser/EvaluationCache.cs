using System.Collections.Concurrent;
using System.Collections.Immutable;
using K8sTyped.Generator.Evaluation;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// The last evaluation of each manifest class, reused while the compilation differs only in files the evaluation
/// did not read and that cannot change how what it read binds. Syntax trees are immutable and shared between
/// successive compilations, so "unchanged" is reference equality of trees: no hashing, no re-binding.
/// </summary>
/// <remarks>
/// One cache per process (<see cref="Shared"/>), so the analyzers reuse the generator's evaluation of the same code: the
/// compilation they analyze differs from the generator's only by the generated files, which cannot change what the
/// evaluation read. Entries are per project (assembly name) and class.
/// </remarks>
internal sealed class EvaluationCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The cache the generator and the analyzers of this process share.</summary>
    public static EvaluationCache Shared { get; } = new();

    /// <param name="target">The class.</param>
    /// <param name="compilation">The compilation it is evaluated in.</param>
    /// <param name="limits">The project's evaluation limits: a result is reused only under the same limits (a raised limit may turn KT0102 into manifests).</param>
    /// <param name="evaluate">Evaluates the class when no valid result is cached.</param>
    public ClassEvaluation GetOrEvaluate(ManifestTarget target, Compilation compilation, EvaluationLimits limits, Func<(ClassEvaluation Evaluation, DependencyRecorder? Dependencies)> evaluate)
    {
        var key = compilation.AssemblyName + "|" + target.MetadataName;
        if (_entries.TryGetValue(key, out var entry) && entry.IsValidFor(target, compilation, limits))
        {
            // Rebase on this compilation: the next edit is then compared with these trees, not with every version
            // edited since the evaluation, and the old trees are no longer kept alive.
            _entries[key] = entry.RebasedOn(compilation);
            return entry.Evaluation;
        }

        var (evaluation, dependencies) = evaluate();
        if (dependencies is not null)
            _entries[key] = new Entry(target, limits, evaluation, compilation, dependencies.Trees, dependencies.TypeNames);
        else
            _entries.TryRemove(key, out _);
        return evaluation;
    }

    /// <summary>Whether <paramref name="tree"/> is a part this generator emitted (which only adds constants the evaluation never reads).</summary>
    public static bool IsGeneratedManifestPart(SyntaxTree tree) =>
        tree.FilePath.EndsWith(Emitter.ManifestEmitter.HintSuffix, StringComparison.Ordinal)
        && tree.FilePath.IndexOf(nameof(ManifestGenerator), StringComparison.Ordinal) >= 0;

    private sealed class Entry(ManifestTarget target, EvaluationLimits limits, ClassEvaluation evaluation, Compilation compilation, IEnumerable<SyntaxTree> dependencyTrees, IEnumerable<string> typeNames)
    {
        private readonly HashSet<SyntaxTree> _trees = [.. compilation.SyntaxTrees];
        private readonly HashSet<SyntaxTree> _dependencyTrees = [.. dependencyTrees];
        private readonly HashSet<string> _typeNames = [.. typeNames];
        private readonly ImmutableArray<MetadataReference> _references = compilation.References.ToImmutableArray();
        private readonly CompilationOptions _options = compilation.Options;

        public ClassEvaluation Evaluation { get; } = evaluation;

        /// <summary>The same result, valid for <paramref name="newCompilation"/> (which <see cref="IsValidFor"/> accepted).</summary>
        public Entry RebasedOn(Compilation newCompilation) => new(target, limits, Evaluation, newCompilation, _dependencyTrees, _typeNames);

        public bool IsValidFor(ManifestTarget newTarget, Compilation newCompilation, EvaluationLimits newLimits)
        {
            if (!target.Equals(newTarget) || !limits.Equals(newLimits) || !_options.Equals(newCompilation.Options)) return false;
            if (!_references.SequenceEqual(newCompilation.References)) return false;
            if (_dependencyTrees.Any(tree => !newCompilation.ContainsSyntaxTree(tree))) return false;

            var current = new HashSet<SyntaxTree>(newCompilation.SyntaxTrees);
            // A new or edited file could add an overload, an extension method or a global using that changes how
            // the evaluated code binds; one that removed such a declaration too.
            return current.Where(t => !_trees.Contains(t)).All(t => !CanChangeBinding(t))
                && _trees.Where(t => !current.Contains(t)).All(t => !CanChangeBinding(t));
        }

        private bool CanChangeBinding(SyntaxTree tree)
        {
            if (IsGeneratedManifestPart(tree)) return false;
            var root = tree.GetRoot();
            if (root is CompilationUnitSyntax unit && unit.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
                return true;
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case TypeDeclarationSyntax type when _typeNames.Contains(type.Identifier.ValueText):
                        return true;
                    case MethodDeclarationSyntax { ParameterList.Parameters: { Count: > 0 } parameters } when parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword):
                        return true;
                }
            }

            return false;
        }
    }
}
