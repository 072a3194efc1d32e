using System.Reflection;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>The copy of K8sTyped the generator runs: calls into K8sTyped execute here, by reflection.</summary>
internal static class LibraryAssembly
{
    public const string Name = "K8sTyped";

    public static Assembly Assembly { get; } = typeof(KubernetesYaml).Assembly;

    public static Version Version { get; } = Assembly.GetName().Version ?? new Version(0, 0);

    public static bool Contains(ISymbol symbol) => symbol.ContainingAssembly?.Name == Name;
}
