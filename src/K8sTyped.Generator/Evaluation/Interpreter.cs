using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Runs C# by interpreting its IOperation trees: manifest members, the user's static helpers they call and the lambdas
/// they pass to K8sTyped. K8sTyped and whitelisted BCL members run for real, by reflection, on the generator's copies;
/// anything else stops with a diagnostic at its span. One instance evaluates one compilation's manifests.
/// </summary>
internal sealed partial class Interpreter
{
    private readonly Compilation _compilation;
    private readonly StepBudget _budget;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];
    private readonly StaticMemberCache _statics = new();
    private readonly Stack<object?> _implicitReceivers = new();
    private readonly Stack<object?> _conditionalReceivers = new();
    private readonly Stack<object?> _patternInputs = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, K8sTyped.Origins.CallSite>> _assignments = new();
    // What an operation resolves to does not change between the turns of a loop: its constant (Roslyn materialises
    // constant strings on every read) and the call site with its spans.
    private readonly Dictionary<IOperation, object?> _constants = [];
    private readonly Dictionary<IOperation, SpanCallSite> _callSites = [];
    private object? _returnValue;

    public Interpreter(Compilation compilation, StepBudget budget, DependencyRecorder dependencies)
    {
        _compilation = compilation;
        _budget = budget;
        Dependencies = dependencies;
    }

    public DependencyRecorder Dependencies { get; }

    /// <summary>Where this evaluation last assigned property <paramref name="propertyName"/> of the K8sTyped object <paramref name="target"/>.</summary>
    public K8sTyped.Origins.CallSite? AssignedAt(object target, string propertyName) =>
        _assignments.TryGetValue(target, out var properties) && properties.TryGetValue(propertyName, out var site) ? site : null;

    /// <summary>The value of a static field or property of a marked class, as the CLR would initialize it.</summary>
    public object? ReadStaticMember(ISymbol member, SyntaxNode site) => ReadSourceStatic(member, site);

    public object? Evaluate(IOperation operation, Frame frame)
    {
        _budget.Step(operation);
        // Deeply nested code must end in a diagnostic, never in a stack overflow that kills the compiler.
        try
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new EvaluationException(TooDeep(SourceSpan.From(OutermostExpression(operation.Syntax))));
        }

        if (operation.ConstantValue.HasValue)
            return Constant(operation);
        if (operation.Syntax is CollectionExpressionSyntax)
            return EvaluateCollectionExpression(operation, frame);

        switch (operation)
        {
            case IInvalidOperation:
                throw new CompilationErrorException();
            case ILocalReferenceOperation local:
                return ReadVariable(local.Local, frame, operation);
            case IParameterReferenceOperation parameter:
                return ReadVariable(parameter.Parameter, frame, operation);
            case IFieldReferenceOperation field:
                return ReadField(field, frame);
            case IPropertyReferenceOperation property:
                return ReadProperty(property, frame);
            case IInvocationOperation invocation:
                return Invoke(invocation, frame);
            case IObjectCreationOperation creation:
                return Create(creation, frame);
            case IConversionOperation conversion:
                return Convert(conversion, frame);
            case IBinaryOperation binary:
                return EvaluateBinary(binary, frame);
            case IUnaryOperation unary:
                return unary.OperatorMethod is { } unaryOperator
                    ? CallMethod(unaryOperator, unaryOperator, null, [Evaluate(unary.Operand, frame)], unary, [])
                    : Arithmetic.Unary(unary.OperatorKind, Evaluate(unary.Operand, frame), unary.IsChecked);
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                return IsTrue(Evaluate(conditional.Condition, frame)) ? Evaluate(conditional.WhenTrue, frame) : Evaluate(conditional.WhenFalse, frame);
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value, frame) ?? Evaluate(coalesce.WhenNull, frame);
            case IConditionalAccessOperation access:
                return ConditionalAccess(access, frame);
            case IConditionalAccessInstanceOperation:
                return _conditionalReceivers.Peek();
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                return _implicitReceivers.Peek();
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput }:
                return _patternInputs.Peek();
            case IInstanceReferenceOperation:
                throw EvaluationException.Unsupported(operation, "this", "manifests are built from static members; instance state is not evaluated");
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated, frame);
            case IArrayCreationOperation array:
                return CreateArray(array, frame);
            case IArrayElementReferenceOperation element:
                return ReadArrayElement(element, frame);
            case ITupleOperation tuple:
                return CreateTuple(tuple, frame);
            case IAnonymousFunctionOperation lambda:
                return CreateDelegate(lambda.Type ?? throw EvaluationException.UnsupportedConstruct(operation, "A lambda without a delegate type"), lambda, frame, operation);
            case IDelegateCreationOperation delegateCreation:
                return CreateDelegate(delegateCreation.Type!, delegateCreation.Target, frame, operation);
            case IDeconstructionAssignmentOperation deconstruction:
                return Deconstruct(deconstruction.Target, Evaluate(deconstruction.Value, frame), frame);
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, Evaluate(assignment.Value, frame), frame);
            case ICompoundAssignmentOperation compound:
                return CompoundAssign(compound, frame);
            case ICoalesceAssignmentOperation coalesceAssignment:
                return Evaluate(coalesceAssignment.Target, frame) ?? Assign(coalesceAssignment.Target, Evaluate(coalesceAssignment.Value, frame), frame);
            case IIncrementOrDecrementOperation increment:
                return IncrementOrDecrement(increment, frame);
            case IDefaultValueOperation defaultValue:
                return DefaultOf(defaultValue.Type, operation.Syntax);
            case IIsTypeOperation isType:
                return IsInstanceOf(Evaluate(isType.ValueOperand, frame), isType.TypeOperand, operation) != isType.IsNegated;
            case IIsPatternOperation isPattern:
                return Matches(isPattern.Pattern, Evaluate(isPattern.Value, frame), frame);
            case ISwitchExpressionOperation switchExpression:
                return EvaluateSwitchExpression(switchExpression, frame);
            case IThrowOperation thrown:
                throw Threw(thrown, frame);
            case IObjectOrCollectionInitializerOperation:
            case IMemberInitializerOperation:
                throw new InvalidOperationException("Initializers are evaluated with their object creation.");
            default:
                throw EvaluationException.UnsupportedConstruct(operation, Describe(operation));
        }
    }

    /// <summary>KT0102 for code nested deeper than the compiler's stack allows to evaluate.</summary>
    public static DiagnosticInfo TooDeep(SourceSpan? span) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.BudgetExceeded, span, "the stack the compiler allows",
            "this expression nests too deeply to evaluate; split it into smaller parts (locals, a helper method or a loop)");

    // The deepest operation of a deep nesting is a tiny part of it; the whole expression is what to split.
    private static SyntaxNode OutermostExpression(SyntaxNode syntax)
    {
        while (syntax.Parent is ExpressionSyntax parent)
            syntax = parent;
        return syntax;
    }

    public SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
            _models[tree] = model = _compilation.GetSemanticModel(tree);
        return model;
    }

    public bool IsInCompilation(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    private object? Constant(IOperation operation)
    {
        if (!_constants.TryGetValue(operation, out var constant))
            _constants[operation] = constant = ConstantOf(operation);
        return constant;
    }

    private static object? ConstantOf(IOperation operation)
    {
        var value = operation.ConstantValue.Value;
        if (value is not null && operation.Type is { TypeKind: TypeKind.Enum } enumType && ClrTypeResolver.Resolve(enumType) is { } clrEnum)
            return Enum.ToObject(clrEnum, value);
        return value;
    }

    private SpanCallSite CallSiteOf(IOperation call, IEnumerable<IArgumentOperation> arguments)
    {
        if (!_callSites.TryGetValue(call, out var site))
            _callSites[call] = site = SpanCallSite.For(call, arguments);
        return site;
    }

    private static object? ReadVariable(ISymbol variable, Frame frame, IOperation reference) =>
        frame.TryGet(variable, out var value)
            ? value
            : throw EvaluationException.UnsupportedConstruct(reference, $"Reading '{variable.Name}' before it is assigned");

    private static bool IsTrue(object? value) => value is true;

    private EvaluationException Threw(IThrowOperation thrown, Frame frame)
    {
        var exception = thrown.Exception is IConversionOperation { Operand: var operand } ? operand : thrown.Exception;
        var type = exception?.Type?.Name ?? "Exception";
        var message = "an exception";
        if (exception is IObjectCreationOperation creation)
        {
            // The exception's own message argument, else its first text (e.g. a parameter name).
            var text = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "message")
                ?? creation.Arguments.FirstOrDefault(a => a.Value.Type?.SpecialType == SpecialType.System_String);
            if (text is not null && Evaluate(text.Value, frame) is string evaluated) message = evaluated;
        }

        return new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(thrown.Syntax), type, message);
    }

    private static string Describe(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        if (text.Length > 40) text = text.Substring(0, 37) + "...";
        return $"'{text}' ({KindOf(operation)})";
    }

    // Roslyn has no operation for some constructs (stackalloc, among others): name them by their syntax instead of "None".
    private static string KindOf(IOperation operation)
    {
        if (operation.Kind != OperationKind.None) return operation.Kind.ToString();
        var kind = Microsoft.CodeAnalysis.CSharp.CSharpExtensions.Kind(operation.Syntax);
        return kind is Microsoft.CodeAnalysis.CSharp.SyntaxKind.StackAllocArrayCreationExpression or Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitStackAllocArrayCreationExpression
            ? "stackalloc"
            : kind.ToString();
    }
}
