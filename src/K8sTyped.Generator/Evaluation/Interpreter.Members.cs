using System.Reflection;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using K8sTyped.Origins;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

internal sealed partial class Interpreter : ITypeInitialization
{
    private object? Invoke(IInvocationOperation invocation, Frame frame)
    {
        var method = invocation.TargetMethod;
        object? instance = null;
        if (invocation.Instance is { } receiver)
            instance = Evaluate(receiver, frame);
        var arguments = EvaluateArguments(method, invocation.Arguments, frame);
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            if (!frame.TryGet(method.OriginalDefinition, out var value) || value is not LambdaClosure localFunction)
                throw EvaluationException.UnsupportedConstruct(invocation, $"Calling the local function '{method.Name}' here");
            return localFunction.Invoke(arguments);
        }

        if (!method.IsStatic && instance is null)
            throw NullReference(invocation.Instance ?? invocation);
        if (method.Parameters.Any(p => ParamsSpanOverloads.IsSpan(p.Type)) && !IsInCompilation(method))
        {
            // The span arguments were evaluated as arrays: call the array overload (reflection cannot pass a span).
            method = ParamsSpanOverloads.ArrayOverload(method)
                ?? throw EvaluationException.Unsupported(invocation, Display(method), "it takes a span, and it has no overload taking an array the generator could call instead");
        }

        return CallMethod(method, method, instance, arguments, invocation, invocation.Arguments);
    }

    private object?[] EvaluateArguments(IMethodSymbol method, IReadOnlyList<IArgumentOperation> arguments, Frame frame)
    {
        var values = new object?[method.Parameters.Length];
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
                throw EvaluationException.UnsupportedConstruct(argument, "An argument without a parameter");
            if (parameter.RefKind is RefKind.Out or RefKind.Ref)
                throw EvaluationException.UnsupportedConstruct(argument, "A 'ref' or 'out' argument");
            values[parameter.Ordinal] = parameter.IsParams && ParamsSpanOverloads.IsSpan(parameter.Type) && argument.ArgumentKind != ArgumentKind.Explicit
                ? ParamsArray(parameter, argument, frame)
                : Evaluate(argument.Value, frame);
        }

        return values;
    }

    // The elements of an expanded params span argument (a(x, y, z)), as the array the array overload takes. Roslyn shows
    // them as an implicit collection expression whose children are the (converted) elements.
    private Array ParamsArray(IParameterSymbol parameter, IArgumentOperation argument, Frame frame)
    {
        var elementType = ParamsSpanOverloads.ElementType(parameter.Type);
        var clr = ClrTypeResolver.Resolve(elementType)
            ?? throw EvaluationException.Unsupported(argument, elementType.Name, "arrays of your own types are not evaluated");
        var elements = argument.Value.ChildOperations.ToList();
        _budget.Allocate(AllocationSizes.OfArray(clr, elements.Count), argument.Syntax);
        var array = Array.CreateInstance(clr, elements.Count);
        for (var i = 0; i < elements.Count; i++)
            array.SetValue(ConvertValue(Evaluate(elements[i], frame), elementType, false, elements[i]), i);
        return array;
    }

    /// <summary>Calls <paramref name="method"/>: interpreted when it is the user's, by reflection when it may run, else a diagnostic.</summary>
    private object? CallMethod(IMethodSymbol method, ISymbol member, object? instance, object?[] arguments, IOperation call, IReadOnlyList<IArgumentOperation> argumentOperations)
    {
        if (method.MethodKind == MethodKind.DelegateInvoke && instance is Delegate callee)
            return InvokeReflected(() => callee.DynamicInvoke(arguments), call);

        if (IsInCompilation(method))
            return CallSourceMethod(method, arguments, call);
        if (call is IInvocationOperation { Instance.Type: { TypeKind: TypeKind.Enum } enumType } && IsInCompilation(enumType))
            throw EvaluationException.Unsupported(call, Display(member), "members of your own enums are not evaluated at build time; format the value in an interpolation");

        if (PureBclWhitelist.WhyNot(member) is { } reason)
            throw EvaluationException.Unsupported(call, Display(member), reason);
        var reflected = ClrMemberResolver.Resolve(method)
            ?? throw EvaluationException.Unsupported(call, Display(member), "the generator's copy of the library has no such member");
        if (!LibraryAssembly.Contains(method))
        {
            // Asked first, and the refusal made in a method of its own: a lambda here would capture this method's
            // parameters and allocate its closure on every call, not only on the few that may depend on the culture.
            if (CultureSensitiveCalls.MayDependOnCulture(method))
                arguments = CheckCulture(method, instance, arguments, call, member);
            return CallBcl(reflected, instance, arguments, call);
        }

        // K8sTyped records where each value came from; give it the exact spans of this call and its arguments.
        using (CallSite.Enter(CallSiteOf(call, argumentOperations)))
            return InvokeReflected(() => reflected is ConstructorInfo constructor ? constructor.Invoke(arguments) : reflected.Invoke(instance, arguments), call);
    }

    // A BCL call does work and allocates outside the interpreter: the elements it enumerates are steps, and what it
    // will allocate is charged before it runs where the arguments tell (a count, a width, the texts it copies).
    private static object?[] CheckCulture(IMethodSymbol method, object? instance, object?[] arguments, IOperation call, ISymbol member) =>
        CultureSensitiveCalls.Check(method, instance, arguments, why => EvaluationException.Unsupported(call, Display(member), why));

    private object? CallBcl(MethodBase reflected, object? instance, object?[] arguments, IOperation call)
    {
        var before = AllocationSizes.Before(reflected, instance, arguments);
        _budget.Allocate(before, call.Syntax);
        var makesText = AllocationSizes.MakesText(reflected);
        var parameters = reflected.GetParameters();
        var builderLength = (instance as System.Text.StringBuilder)?.Length ?? 0;
        object? result;
        try
        {
            _budget.Steps(ScanCost.Of(reflected, instance), call.Syntax);
            var counted = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
                counted[i] = CountingEnumerable.Wrap(arguments[i], parameters[i].ParameterType, _budget, call.Syntax, makesText);
            result = InvokeReflected(() => InvariantCulture.Invoke(reflected, instance, counted), call);
        }
        catch (StepBudgetExhaustedException exhausted)
        {
            // The elements this call enumerated (or a lambda it called) took the last step.
            throw exhausted.AtCall(call.Syntax);
        }

        // A builder's growth beyond what was charged up front (Replace, a format).
        if (instance is System.Text.StringBuilder builder)
            _budget.Allocate(2L * (builder.Length - builderLength) - before, call.Syntax);
        // What the call made, beyond what was charged for it up front.
        _budget.Allocate(AllocationSizes.Of(result, instance, arguments) - before, call.Syntax);
        return result;
    }

    private object? CallSourceMethod(IMethodSymbol method, object?[] arguments, IOperation call)
    {
        if (!method.IsStatic)
            throw EvaluationException.Unsupported(call, Display(method), "manifests are built from static members; instance state is not evaluated");
        if (method.IsGenericMethod)
            throw EvaluationException.UnsupportedConstruct(call, $"Calling the generic method '{Display(method)}'");
        var body = BodyOf(method) ?? throw EvaluationException.UnsupportedConstruct(call, $"'{Display(method)}', which has no body,");
        Dependencies.Record(method);
        InitializeBeforeAccess(method.ContainingType);
        return RunBody(method, body, new Frame(null), arguments, call.Syntax);
    }

    private IOperation? BodyOf(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (syntax is BaseMethodDeclarationSyntax { Body: null, ExpressionBody: null }) continue;
            if (syntax is AccessorDeclarationSyntax { Body: null, ExpressionBody: null }) continue;
            if (syntax is ArrowExpressionClauseSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)
                return ModelOf(syntax.SyntaxTree).GetOperation(syntax);
        }

        return null;
    }

    private object? InvokeReflected(Func<object?> call, IOperation site)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw Unwrap(e.InnerException, site);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException or InvalidCastException or DivideByZeroException or NotSupportedException)
        {
            throw Unwrap(e, site);
        }
    }

    // Our own diagnostics raised inside a lambda the library called pass through unchanged.
    private static Exception Unwrap(Exception inner, IOperation site)
    {
        while (inner is TargetInvocationException { InnerException: { } next })
            inner = next;
        return inner switch
        {
            EvaluationException or CompilationErrorException or StepBudgetExhaustedException or OperationCanceledException or InsufficientExecutionStackException => inner,
            _ => new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(site.Syntax), inner.GetType().Name, inner.Message),
        };
    }

    private object? Create(IObjectCreationOperation creation, Frame frame)
    {
        var type = creation.Type ?? throw EvaluationException.UnsupportedConstruct(creation, "An object creation without a type");
        if (IsInCompilation(type))
            throw EvaluationException.Unsupported(creation, type.Name, "instances of your own types are not evaluated; build manifests from K8sTyped types in static members");
        object? instance;
        if (creation.Constructor is { } constructor && !(constructor.IsImplicitlyDeclared && type.IsValueType))
        {
            var arguments = EvaluateArguments(constructor, creation.Arguments, frame);
            instance = CallMethod(constructor, constructor, null, arguments, creation, creation.Arguments);
        }
        else
        {
            var clr = ClrTypeResolver.Resolve(type) ?? throw EvaluationException.Unsupported(creation, type.Name, "the generator cannot load this type");
            instance = Activator.CreateInstance(clr);
        }

        if (creation.Initializer is { } initializer)
            Initialize(instance, initializer, frame);
        return instance;
    }

    private void Initialize(object? instance, IObjectOrCollectionInitializerOperation initializer, Frame frame)
    {
        _implicitReceivers.Push(instance);
        try
        {
            foreach (var entry in initializer.Initializers)
            {
                if (entry is IMemberInitializerOperation member)
                {
                    var nested = Evaluate(member.InitializedMember, frame);
                    if (nested is null) throw NullReference(member.InitializedMember);
                    Initialize(nested, member.Initializer, frame);
                }
                else
                {
                    Evaluate(entry, frame);
                }
            }
        }
        finally
        {
            _implicitReceivers.Pop();
        }
    }

    private object? ReadField(IFieldReferenceOperation reference, Frame frame)
    {
        var field = reference.Field;
        if (field.IsStatic && IsInCompilation(field))
            return ReadSourceStatic(field, reference.Syntax);
        if (IsInCompilation(field.ContainingType))
            throw EvaluationException.Unsupported(reference, Display(field), "manifests are built from static members; instance state is not evaluated");
        var instance = field.IsStatic ? null : reference.Instance is null ? null : Evaluate(reference.Instance, frame);
        if (field.IsStatic && PureBclWhitelist.WhyNot(field) is { } reason)
            throw EvaluationException.Unsupported(reference, Display(field), reason);
        var info = ClrMemberResolver.Resolve(field) ?? throw EvaluationException.Unsupported(reference, Display(field), "the generator cannot load this field");
        if (!field.IsStatic && instance is null) throw NullReference(reference.Instance ?? reference);
        return info.GetValue(instance);
    }

    private object? ReadProperty(IPropertyReferenceOperation reference, Frame frame)
    {
        var property = reference.Property;
        if (property.IsStatic && IsInCompilation(property))
            return ReadSourceStatic(property, reference.Syntax);
        var getter = property.GetMethod ?? throw EvaluationException.UnsupportedConstruct(reference, $"Reading the write-only property '{property.Name}'");
        var instance = property.IsStatic || reference.Instance is null ? null : Evaluate(reference.Instance, frame);
        if (!property.IsStatic && instance is null) throw NullReference(reference.Instance ?? reference);
        var arguments = EvaluateArguments(getter, reference.Arguments, frame);
        return CallMethod(getter, property, instance, arguments, reference, reference.Arguments);
    }

    private object? ReadSourceStatic(ISymbol member, SyntaxNode site)
    {
        Dependencies.Record(member);
        if (GetterBodyOf(member) is { } getter)
        {
            InitializeBeforeAccess(member.ContainingType);
            return _statics.RunGetter(member, site, () => RunGetter(member, getter, site));
        }

        return _statics.ReadInitialized(member, site, this);
    }

    // A type with a static constructor is initialized by the first access to any of its static members, method calls
    // and getters included (without one the CLR may wait until a static field is read, and so does the interpreter).
    private void InitializeBeforeAccess(INamedTypeSymbol type)
    {
        if (StaticConstructorOf(type) is not null)
            _statics.EnsureInitialized(type, this);
    }

    private static IMethodSymbol? StaticConstructorOf(INamedTypeSymbol type) =>
        type.StaticConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared && c.DeclaringSyntaxReferences.Length > 0);

    // The static fields and auto-properties of a type, in the order its static constructor initializes them.
    IEnumerable<ISymbol> ITypeInitialization.InitializedMembers(INamedTypeSymbol type) =>
        type.GetMembers().Where(m => m.IsStatic && !m.IsImplicitlyDeclared
            && (m is IFieldSymbol { IsConst: false } || (m is IPropertySymbol { IsIndexer: false } && GetterBodyOf(m) is null)));

    void ITypeInitialization.RunStaticConstructor(INamedTypeSymbol type)
    {
        if (StaticConstructorOf(type) is not { } constructor) return;
        Dependencies.Record(constructor);
        var syntax = constructor.DeclaringSyntaxReferences[0].GetSyntax();
        var body = BodyOf(constructor) ?? throw new CompilationErrorException();
        RunBody(constructor, body, new Frame(null), [], syntax);
    }

    object? ITypeInitialization.InitialValue(ISymbol member)
    {
        Dependencies.Record(member);
        foreach (var syntaxReference in member.DeclaringSyntaxReferences)
        {
            switch (syntaxReference.GetSyntax())
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer }:
                    return EvaluateInitializer(initializer, member);
                case PropertyDeclarationSyntax { Initializer: { } initializer }:
                    return EvaluateInitializer(initializer, member);
            }
        }

        // Without initializer a static field or auto-property holds its default, as in the CLR.
        var type = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
        return DefaultOf(type, member.DeclaringSyntaxReferences[0].GetSyntax());
    }

    private static SyntaxNode? GetterBodyOf(ISymbol member)
    {
        if (member is not IPropertySymbol) return null;
        foreach (var syntaxReference in member.DeclaringSyntaxReferences)
        {
            switch (syntaxReference.GetSyntax())
            {
                case PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                    return arrow;
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    var get = accessors.Accessors.FirstOrDefault(a => a.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GetAccessorDeclaration));
                    if (get is { Body: not null } or { ExpressionBody: not null }) return get;
                    break;
            }
        }

        return null;
    }

    private object? EvaluateInitializer(EqualsValueClauseSyntax initializer, ISymbol member)
    {
        var operation = ModelOf(initializer.SyntaxTree).GetOperation(initializer);
        var value = operation switch
        {
            ISymbolInitializerOperation symbolInitializer => symbolInitializer.Value,
            null => throw new CompilationErrorException(),
            _ => operation,
        };
        return Evaluate(value, new Frame(null));
    }

    private object? RunGetter(ISymbol property, SyntaxNode body, SyntaxNode site)
    {
        var operation = ModelOf(body.SyntaxTree).GetOperation(body) ?? throw new CompilationErrorException();
        var getter = ((IPropertySymbol)property).GetMethod!;
        return RunBody(getter, operation, new Frame(null), [], site);
    }

    private object? CreateDelegate(ITypeSymbol delegateType, IOperation target, Frame frame, IOperation site)
    {
        var clrType = ClrTypeResolver.Resolve(delegateType)
            ?? throw EvaluationException.Unsupported(site, delegateType.Name, "delegates of your own delegate types are not evaluated");
        ILambdaBody body;
        switch (target)
        {
            case IAnonymousFunctionOperation lambda:
                body = new LambdaClosure(this, lambda.Symbol, lambda.Body, frame);
                break;
            case IMethodReferenceOperation { Method: var method } when IsInCompilation(method) && method.IsStatic:
                body = new MethodGroupBody(this, method, site);
                break;
            case IMethodReferenceOperation { Method: var method, Instance: null } when PureBclWhitelist.WhyNot(method) is null && !CultureSensitiveCalls.MayDependOnCulture(method) && ClrMemberResolver.Resolve(method) is MethodInfo info:
                return Delegate.CreateDelegate(clrType, info);
            case IMethodReferenceOperation reference:
                throw EvaluationException.Unsupported(site, Display(reference.Method), PureBclWhitelist.WhyNot(reference.Method)
                    ?? (CultureSensitiveCalls.MayDependOnCulture(reference.Method) ? CultureSensitiveCalls.AsDelegate : "only static methods can be passed as delegates"));
            default:
                return Evaluate(target, frame);
        }

        return DelegateThunks.Create(clrType, body)
            ?? throw EvaluationException.UnsupportedConstruct(site, $"A delegate of type '{delegateType.Name}' (more than four or by-reference parameters)");
    }

    private sealed class MethodGroupBody(Interpreter interpreter, IMethodSymbol method, IOperation site) : ILambdaBody
    {
        public object? Invoke(object?[] arguments) => interpreter.CallSourceMethod(method, arguments, site);
    }

    private static EvaluationException NullReference(IOperation operation) =>
        new(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(operation.Syntax), "NullReferenceException", $"'{Shorten(operation.Syntax.ToString())}' is null");

    private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 57) + "..." : text;

    private static string Display(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + constructor.ContainingType.Name,
        _ when member.ContainingType is { } type => type.Name + "." + member.Name,
        _ => member.Name,
    };
}
