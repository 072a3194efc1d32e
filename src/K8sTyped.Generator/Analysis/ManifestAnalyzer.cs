using System.Collections.Immutable;
using K8sTyped.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// Reports, live in the editor and in <c>dotnet build</c>, everything K8sTyped finds in the manifests of a project: why a
/// <c>[KubernetesManifests]</c> class cannot be evaluated (KT01xx) and every rule finding (KT0002, KT1xxx–KT3xxx), each on
/// the span of the call and argument that set the offending value. Evaluation is shared with the generator
/// (<see cref="Parser.EvaluationCache.Shared"/>); all classes of a compilation are analyzed once, on first demand, and
/// each syntax tree (or inventory file) gets the findings located in it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // A project that does not reference K8sTyped has no manifests: nothing to register, nothing to pay.
            if (start.Compilation.GetTypeByMetadataName(ManifestGenerator.AttributeMetadataName) is null) return;
            var project = new ProjectAnalysis(start.Compilation, start.Options);
            start.RegisterSemanticModelAction(project.Report);
            start.RegisterAdditionalFileAction(project.Report);
        });
    }
}
