using System.Collections;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

internal sealed partial class Interpreter
{
    /// <summary>Runs a method, lambda or accessor body with its parameters bound; returns what it returns.</summary>
    public object? RunBody(IMethodSymbol signature, IOperation body, Frame frame, object?[] arguments, SyntaxNode call)
    {
        using var depth = _budget.EnterCall(call);
        for (var i = 0; i < signature.Parameters.Length && i < arguments.Length; i++)
            frame.Declare(signature.Parameters[i], arguments[i]);
        if (body is IBlockOperation or IMethodBodyBaseOperation)
        {
            _returnValue = null;
            var completion = Execute(body, frame);
            var result = completion == Completion.Return ? _returnValue : null;
            _returnValue = null;
            return result;
        }

        return Evaluate(body, frame);
    }

    private Completion Execute(IOperation statement, Frame frame)
    {
        _budget.Step(statement);
        switch (statement)
        {
            case IMethodBodyBaseOperation body:
                return Execute(body.BlockBody ?? body.ExpressionBody ?? throw EvaluationException.UnsupportedConstruct(statement, "A method without a body"), frame);
            case IBlockOperation block:
                return ExecuteAll(block.Operations, frame);
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        frame.Declare(declarator.Symbol, initializer is null ? null : Evaluate(initializer.Value, frame));
                    }
                }

                return Completion.Normal;
            case IExpressionStatementOperation expression:
                Evaluate(expression.Operation, frame);
                return Completion.Normal;
            case IReturnOperation { Kind: OperationKind.Return } returned:
                _returnValue = returned.ReturnedValue is null ? null : Evaluate(returned.ReturnedValue, frame);
                return Completion.Return;
            case IConditionalOperation conditional:
                if (IsTrue(Evaluate(conditional.Condition, frame)))
                    return Execute(conditional.WhenTrue, frame);
                return conditional.WhenFalse is null ? Completion.Normal : Execute(conditional.WhenFalse, frame);
            case IWhileLoopOperation loop:
                return ExecuteWhile(loop, frame);
            case IForLoopOperation loop:
                return ExecuteFor(loop, frame);
            case IForEachLoopOperation loop:
                return ExecuteForEach(loop, frame);
            case ISwitchOperation @switch:
                return ExecuteSwitch(@switch, frame);
            case IBranchOperation { BranchKind: BranchKind.Break }:
                return Completion.Break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                return Completion.Continue;
            case IThrowOperation thrown:
                throw Threw(thrown, frame);
            case ILocalFunctionOperation localFunction:
                frame.Declare(localFunction.Symbol, new LambdaClosure(this, localFunction.Symbol, localFunction.Body ?? localFunction.IgnoredBody!, frame));
                return Completion.Normal;
            case IEmptyOperation:
                return Completion.Normal;
            case IInvalidOperation:
                throw new CompilationErrorException();
            case IReturnOperation:
                throw EvaluationException.UnsupportedConstruct(statement, "An iterator ('yield')");
            default:
                throw EvaluationException.UnsupportedConstruct(statement, Describe(statement));
        }
    }

    private Completion ExecuteAll(IEnumerable<IOperation> statements, Frame frame)
    {
        // Local functions may be called before their declaration.
        foreach (var statement in statements)
        {
            if (statement is ILocalFunctionOperation)
                Execute(statement, frame);
        }

        foreach (var statement in statements)
        {
            if (statement is ILocalFunctionOperation) continue;
            var completion = Execute(statement, frame);
            if (completion != Completion.Normal) return completion;
        }

        return Completion.Normal;
    }

    private Completion ExecuteWhile(IWhileLoopOperation loop, Frame frame)
    {
        try
        {
            return RunExecuteWhile(loop, frame);
        }
        catch (StepBudgetExhaustedException exhausted)
        {
            throw exhausted.At(loop.Syntax, NeverEnds(loop));
        }
    }

    // The compiler's flow analysis: a loop whose end is unreachable and that contains no return is never left
    // (except by an exception), so saying it never ends is a fact rather than a guess.
    private bool NeverEnds(ILoopOperation loop) =>
        loop.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax statement
        && ModelOf(statement.SyntaxTree).AnalyzeControlFlow(statement) is { Succeeded: true, EndPointIsReachable: false, ReturnStatements.Length: 0 };

    private Completion RunExecuteWhile(IWhileLoopOperation loop, Frame frame)
    {
        var first = true;
        while (true)
        {
            if (loop.ConditionIsTop || !first)
            {
                var condition = loop.Condition is null || IsTrue(Evaluate(loop.Condition, frame));
                if (condition == loop.ConditionIsUntil) break;
            }

            first = false;
            var completion = Execute(loop.Body, new Frame(frame));
            if (completion == Completion.Break) break;
            if (completion == Completion.Return) return completion;
        }

        return Completion.Normal;
    }

    private Completion ExecuteFor(IForLoopOperation loop, Frame frame)
    {
        try
        {
            return RunExecuteFor(loop, frame);
        }
        catch (StepBudgetExhaustedException exhausted)
        {
            throw exhausted.At(loop.Syntax, NeverEnds(loop));
        }
    }

    private Completion RunExecuteFor(IForLoopOperation loop, Frame frame)
    {
        var loopFrame = new Frame(frame);
        foreach (var before in loop.Before)
            Execute(before, loopFrame);
        while (loop.Condition is null || IsTrue(Evaluate(loop.Condition, loopFrame)))
        {
            var completion = Execute(loop.Body, new Frame(loopFrame));
            if (completion == Completion.Break) break;
            if (completion == Completion.Return) return completion;
            foreach (var step in loop.AtLoopBottom)
                Execute(step, loopFrame);
        }

        return Completion.Normal;
    }

    private Completion ExecuteForEach(IForEachLoopOperation loop, Frame frame)
    {
        try
        {
            return RunExecuteForEach(loop, frame);
        }
        catch (StepBudgetExhaustedException exhausted)
        {
            // A foreach ends with its collection; whether that one ever ends is not known here.
            throw exhausted.At(loop.Syntax, neverEnds: false);
        }
    }

    private Completion RunExecuteForEach(IForEachLoopOperation loop, Frame frame)
    {
        if (loop.IsAsynchronous)
            throw EvaluationException.UnsupportedConstruct(loop, "'await foreach'");
        var collection = Evaluate(loop.Collection, frame);
        if (collection is not IEnumerable items)
            throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(loop.Collection.Syntax), "NullReferenceException", "the collection is null");
        foreach (var item in items)
        {
            _budget.Step(loop);
            var iteration = new Frame(frame);
            if (loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: { } variable })
                iteration.Declare(variable, ConvertValue(item, variable.Type, isChecked: false, loop));
            else
                Deconstruct(loop.LoopControlVariable, item, iteration);
            var completion = Execute(loop.Body, iteration);
            if (completion == Completion.Break) break;
            if (completion == Completion.Return) return completion;
        }

        return Completion.Normal;
    }

    private Completion ExecuteSwitch(ISwitchOperation @switch, Frame frame)
    {
        var value = Evaluate(@switch.Value, frame);
        ISwitchCaseOperation? chosen = null;
        ISwitchCaseOperation? fallback = null;
        foreach (var @case in @switch.Cases)
        {
            foreach (var clause in @case.Clauses)
            {
                var matches = clause switch
                {
                    IDefaultCaseClauseOperation => false,
                    ISingleValueCaseClauseOperation single => Arithmetic.AreEqual(value, Evaluate(single.Value, frame)),
                    IPatternCaseClauseOperation pattern => Matches(pattern.Pattern, value, frame) && (pattern.Guard is null || IsTrue(Evaluate(pattern.Guard, frame))),
                    _ => throw EvaluationException.UnsupportedConstruct(clause, Describe(clause)),
                };
                if (clause is IDefaultCaseClauseOperation) fallback = @case;
                if (matches)
                {
                    chosen = @case;
                    break;
                }
            }

            if (chosen is not null) break;
        }

        chosen ??= fallback;
        if (chosen is null) return Completion.Normal;
        var completion = ExecuteAll(chosen.Body, frame);
        return completion == Completion.Break ? Completion.Normal : completion;
    }
}
