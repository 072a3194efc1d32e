using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// The locals and parameters of one running body. Lambdas keep their enclosing frame as parent, so captured
/// variables are shared exactly as in a C# closure.
/// </summary>
internal sealed class Frame(Frame? parent)
{
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);

    public void Declare(ISymbol variable, object? value) => _values[variable] = value;

    public bool TryGet(ISymbol variable, out object? value)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame._values.TryGetValue(variable, out value))
                return true;
        }

        value = null;
        return false;
    }

    public void Assign(ISymbol variable, object? value)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame._values.ContainsKey(variable))
            {
                frame._values[variable] = value;
                return;
            }
        }

        // A local read before its declaration was executed (e.g. declared by an out var); it lives in this frame.
        _values[variable] = value;
    }

    private Frame? Parent { get; } = parent;
}
