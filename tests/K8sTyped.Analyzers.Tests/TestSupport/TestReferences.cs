using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K8sTyped.Analyzers.Tests.TestSupport;

/// <summary>
/// What a test project compiles against: .NET 8's reference assemblies (from Basic.Reference.Assemblies, so nothing is
/// downloaded at test time) and K8sTyped, as a user's project that references the package.
/// </summary>
internal static class TestReferences
{
    /// <summary>Resolves to nothing: the references come from <see cref="All"/>, set by a solution transform.</summary>
    public static ReferenceAssemblies None { get; } = new("net8.0-basic");

    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net80.References.All,
        MetadataReference.CreateFromFile(typeof(KubernetesYaml).Assembly.Location),
    ];

    /// <summary>What the SDK's ImplicitUsings gives a project, plus the K8sTyped namespaces the samples use.</summary>
    public const string GlobalUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using K8sTyped;\nglobal using K8sTyped.Models;\nglobal using K8sTyped.Rules;\n";

    public static Solution Apply(Solution solution, ProjectId projectId) =>
        solution.WithProjectMetadataReferences(projectId, All);
}
