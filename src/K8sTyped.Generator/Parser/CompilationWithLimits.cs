using K8sTyped.Generator.Evaluation;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// What every evaluation of a compilation runs against: the compilation and the project's limits. One reference type
/// instead of a nested tuple, so the pipeline combines only pairs of references: the compiler's shared generic code
/// serves them, where each nested value-tuple shape costs a fresh compiler about 200 more methods to JIT.
/// </summary>
internal sealed class CompilationWithLimits(Compilation compilation, EvaluationLimits limits)
{
    public Compilation Compilation { get; } = compilation;

    public EvaluationLimits Limits { get; } = limits;
}
