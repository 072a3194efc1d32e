using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

internal sealed partial class Interpreter
{
    private bool Matches(IPatternOperation pattern, object? value, Frame frame)
    {
        _budget.Step(pattern);
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return Arithmetic.AreEqual(value, Evaluate(constant.Value, frame));
            case IDiscardPatternOperation:
                return true;
            case ITypePatternOperation type:
                return IsInstanceOf(value, type.MatchedType, pattern);
            case IDeclarationPatternOperation declaration:
                if (declaration.MatchedType is { } matched && !declaration.MatchesNull && !IsInstanceOf(value, matched, pattern)) return false;
                if (declaration.MatchesNull is false && value is null) return false;
                if (declaration.DeclaredSymbol is { } variable) frame.Declare(variable, value);
                return true;
            case IRelationalPatternOperation relational:
                return value is not null && Arithmetic.Binary(relational.OperatorKind, value, Evaluate(relational.Value, frame), relational.Value.Type!, false) is true;
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, value, frame);
            case IListPatternOperation list:
                return MatchesList(list, value, frame);
            case IRecursivePatternOperation recursive:
                return MatchesRecursive(recursive, value, frame);
            case IBinaryPatternOperation binary:
                return binary.OperatorKind == BinaryOperatorKind.And
                    ? Matches(binary.LeftPattern, value, frame) && Matches(binary.RightPattern, value, frame)
                    : Matches(binary.LeftPattern, value, frame) || Matches(binary.RightPattern, value, frame);
            default:
                throw EvaluationException.UnsupportedConstruct(pattern, Describe(pattern));
        }
    }

    // { Count: > 1 }, (name, > 0), Pod { Metadata.Name: "web" } p
    private bool MatchesRecursive(IRecursivePatternOperation pattern, object? value, Frame frame)
    {
        if (value is null || !IsInstanceOf(value, pattern.MatchedType, pattern)) return false;
        if (pattern.DeconstructionSubpatterns.Length > 0)
        {
            var parts = PartsOf(value, pattern.DeconstructionSubpatterns.Length, pattern);
            for (var i = 0; i < parts.Length; i++)
            {
                if (!Matches(pattern.DeconstructionSubpatterns[i], parts[i], frame)) return false;
            }
        }

        foreach (var subpattern in pattern.PropertySubpatterns)
        {
            _patternInputs.Push(value);
            object? member;
            try
            {
                member = Evaluate(subpattern.Member, frame);
            }
            finally
            {
                _patternInputs.Pop();
            }

            if (!Matches(subpattern.Pattern, member, frame)) return false;
        }

        if (pattern.DeclaredSymbol is { } variable) frame.Declare(variable, value);
        return true;
    }

    // [1, 2], [first, ..], [.., last]
    private bool MatchesList(IListPatternOperation pattern, object? value, Frame frame)
    {
        if (value is not System.Collections.IEnumerable sequence) return false;
        var items = sequence.Cast<object?>().ToList();
        var slice = pattern.Patterns.ToList().FindIndex(p => p is ISlicePatternOperation);
        if (slice >= 0 && pattern.Patterns[slice] is ISlicePatternOperation { Pattern: not null } sliced)
            throw EvaluationException.UnsupportedConstruct(sliced, "A pattern on a slice");
        var before = slice < 0 ? pattern.Patterns.Length : slice;
        var after = slice < 0 ? 0 : pattern.Patterns.Length - slice - 1;
        if (slice < 0 ? items.Count != before : items.Count < before + after) return false;
        for (var i = 0; i < before; i++)
        {
            if (!Matches(pattern.Patterns[i], items[i], frame)) return false;
        }

        for (var i = 0; i < after; i++)
        {
            if (!Matches(pattern.Patterns[slice + 1 + i], items[items.Count - after + i], frame)) return false;
        }

        if (pattern.DeclaredSymbol is { } variable) frame.Declare(variable, value);
        return true;
    }

    private object? EvaluateSwitchExpression(ISwitchExpressionOperation switchExpression, Frame frame)
    {
        var value = Evaluate(switchExpression.Value, frame);
        foreach (var arm in switchExpression.Arms)
        {
            var armFrame = new Frame(frame);
            if (Matches(arm.Pattern, value, armFrame) && (arm.Guard is null || IsTrue(Evaluate(arm.Guard, armFrame))))
                return Evaluate(arm.Value, armFrame);
        }

        throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(switchExpression.Syntax), "SwitchExpressionException",
            $"no arm matches the value '{InvariantCulture.Format(value, null)}'");
    }
}
