namespace K8sTyped.Generator.Evaluation;

/// <summary>Something a delegate handed to K8sTyped calls back into: a lambda or a method group the interpreter runs.</summary>
internal interface ILambdaBody
{
    object? Invoke(object?[] arguments);
}
