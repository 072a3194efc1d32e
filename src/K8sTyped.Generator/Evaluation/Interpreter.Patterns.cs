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
            case IBinaryPatternOperation binary:
                return binary.OperatorKind == BinaryOperatorKind.And
                    ? Matches(binary.LeftPattern, value, frame) && Matches(binary.RightPattern, value, frame)
                    : Matches(binary.LeftPattern, value, frame) || Matches(binary.RightPattern, value, frame);
            default:
                throw EvaluationException.UnsupportedConstruct(pattern, Describe(pattern));
        }
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
