using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>A lambda, local function or method group together with the frame it captured.</summary>
internal sealed class LambdaClosure(Interpreter interpreter, IMethodSymbol signature, IOperation body, Frame captured) : ILambdaBody
{
    public object? Invoke(object?[] arguments) => interpreter.RunBody(signature, body, new Frame(captured), arguments, body.Syntax);
}
