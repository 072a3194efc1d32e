using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

internal sealed partial class Interpreter
{
    // var (name, port) = pair;  (a, b) = (b, a);  foreach (var (key, value) in dictionary)
    private object? Deconstruct(IOperation target, object? value, Frame frame)
    {
        if (target is IDeclarationExpressionOperation declaration)
            target = declaration.Expression;
        if (target is not ITupleOperation tuple)
            return Assign(target, value, frame);
        var parts = PartsOf(value, tuple.Elements.Length, target);
        for (var i = 0; i < parts.Length; i++)
            Deconstruct(tuple.Elements[i], parts[i], frame);
        return value;
    }

    // Tuples by their fields, key-value pairs by Key and Value: the Deconstruct methods of the BCL, without calling user code.
    private static object?[] PartsOf(object? value, int count, IOperation site)
    {
        if (value is null)
            throw NullReference(site);
        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && count == 2)
            return [type.GetProperty("Key")!.GetValue(value), type.GetProperty("Value")!.GetValue(value)];
        if (type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true && count <= 7)
            return Enumerable.Range(1, count).Select(i => type.GetField("Item" + i, BindingFlags.Public | BindingFlags.Instance)?.GetValue(value)).ToArray();
        throw EvaluationException.UnsupportedConstruct(site, $"Deconstructing a {type.Name}");
    }
}
