using K8sTyped.Generator.Emitter;
using K8sTyped.Generator.Evaluation;
using K8sTyped.Generator.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K8sTyped.Generator;

/// <summary>
/// Writes the manifests of every <c>[KubernetesManifests]</c> class at build time. Pipeline: the attribute step finds
/// the classes (cheap, cached per declaration); the spec step evaluates each against the compilation, reusing the last
/// result while nothing it read has changed; the output step emits the generated part. It reports nothing: the
/// analyzers (<see cref="Analysis.ManifestAnalyzer"/>) report every diagnostic from the same evaluation.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    public const string AttributeMetadataName = "K8sTyped.KubernetesManifestsAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var targets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntaxContext, cancellationToken) => ManifestTargetParser.Parse(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.Targets);

        // The spec depends on everything the evaluation reads, which can be any file: combine with the compilation
        // (so a helper edited in another file re-evaluates). The attribute step's transform re-runs on every edit too
        // (it is combined with the compilation inside Roslyn), so the costly evaluation lives here, behind the cache
        // that answers when the edit touched nothing the evaluation read.
        // The project's limits (MSBuild properties K8sTypedEvaluation*Limit); the analyzers read the same ones.
        var limits = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => EvaluationLimits.From(options.GlobalOptions));
        var compilationWithLimits = context.CompilationProvider
            .Combine(limits)
            .Select(static (pair, _) => new CompilationWithLimits(pair.Left, pair.Right));
        var specs = targets
            .Combine(compilationWithLimits)
            .Select((pair, cancellationToken) => ManifestParser.Parse(pair.Left, pair.Right.Compilation, pair.Right.Limits, EvaluationCache.Shared, cancellationToken).Spec)
            .WithTrackingName(TrackingNames.Specs);

        context.RegisterSourceOutput(specs, static (output, spec) => ManifestEmitter.Emit(output, spec));
    }
}
