namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The manifest code does not compile. The compiler already reports why, so the generator adds nothing and emits
/// nothing for the application rather than guessing.
/// </summary>
internal sealed class CompilationErrorException : Exception
{
    public CompilationErrorException()
        : base("The manifest code has compilation errors.")
    {
    }
}
