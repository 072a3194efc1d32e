using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

internal sealed partial class Interpreter
{
    private static readonly HashSet<string> s_listInterfaces = new(StringComparer.Ordinal)
    {
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IList`1", "System.Collections.Generic.List`1",
    };

    // Roslyn 4.8 shows a collection expression as an operation of kind None, newer compilers as
    // ICollectionExpressionOperation; both have the (converted) elements and spreads as children, and the target
    // type on the conversion around them.
    private object? EvaluateCollectionExpression(IOperation operation, Frame frame)
    {
        var targetType = operation.Type;
        var collection = operation is IConversionOperation { Operand: var operand } && operand.Syntax == operation.Syntax ? operand : operation;
        targetType ??= collection.Type;
        if (targetType is null)
            throw EvaluationException.UnsupportedConstruct(operation, "A collection expression without a target type");

        var items = new List<object?>();
        foreach (var element in collection.ChildOperations)
        {
            if (element.Syntax is SpreadElementSyntax)
            {
                var spread = element.Syntax == operation.Syntax ? element : element.ChildOperations.FirstOrDefault() ?? element;
                if (Evaluate(spread.Syntax is SpreadElementSyntax ? spread.ChildOperations.First() : spread, frame) is not IEnumerable values)
                    throw NullReference(element);
                foreach (var value in values)
                {
                    // A spread copies every element: each is a step, so a spread of an endless sequence ends.
                    _budget.Step(operation.Syntax);
                    items.Add(value);
                }
            }
            else
            {
                items.Add(Evaluate(element, frame));
            }
        }

        _budget.Allocate(8L * items.Count, operation.Syntax);
        // A collection expression for a span parameter ([a, b] passed to a params ReadOnlySpan<T> overload) is made as
        // the array the array overload takes instead (see ParamsSpanOverloads).
        if (ParamsSpanOverloads.IsSpan(targetType))
            targetType = _compilation.CreateArrayTypeSymbol(ParamsSpanOverloads.ElementType(targetType));
        switch (targetType)
        {
            case IArrayTypeSymbol { Rank: 1 } array:
                var elementType = ClrTypeResolver.Resolve(array.ElementType)
                    ?? throw EvaluationException.Unsupported(operation, array.ElementType.Name, "arrays of your own types are not evaluated");
                var result = Array.CreateInstance(elementType, items.Count);
                for (var i = 0; i < items.Count; i++)
                    result.SetValue(ConvertValue(items[i], array.ElementType, false, operation), i);
                return result;
            case INamedTypeSymbol { TypeArguments.Length: 1 } named when s_listInterfaces.Contains(PureBclWhitelist.FullMetadataName(named.OriginalDefinition)):
                var itemType = ClrTypeResolver.Resolve(named.TypeArguments[0])
                    ?? throw EvaluationException.Unsupported(operation, named.TypeArguments[0].Name, "lists of your own types are not evaluated");
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
                foreach (var item in items)
                    list.Add(ConvertValue(item, named.TypeArguments[0], false, operation));
                return list;
            default:
                throw EvaluationException.UnsupportedConstruct(operation, $"A collection expression of type '{targetType.ToDisplayString()}'");
        }
    }
}
