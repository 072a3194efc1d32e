using K8sTyped.Generator.Analysis;
using K8sTyped.Generator.Evaluation;
using K8sTyped.Generator.Parser;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>The evaluation of a compilation's one manifests class, through the shared cache as the generator and the analyzers get it.</summary>
internal static class ClassEvaluations
{
    public static ClassEvaluation Of(Compilation compilation, EvaluationLimits? limits = null) =>
        ManifestParser.Parse(Assert.Single(ManifestClasses.Find(compilation, default)), compilation, limits ?? EvaluationLimits.Default, EvaluationCache.Shared, default);
}
