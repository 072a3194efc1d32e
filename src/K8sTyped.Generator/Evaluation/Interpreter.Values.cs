using System.Text;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

internal sealed partial class Interpreter
{
    private object? Convert(IConversionOperation conversion, Frame frame)
    {
        if (conversion.Operand is IInterpolatedStringOperation interpolated && IsFormattable(conversion.Type))
            return Formattable(interpolated, frame);
        var value = Evaluate(conversion.Operand, frame);
        if (conversion.Operand.Type is { TypeKind: TypeKind.Enum } sourceEnum && IsInCompilation(sourceEnum) && conversion.Type is { IsReferenceType: true })
        {
            // Your enums are held as their numbers; boxed, the value would print as a number instead of its name.
            throw EvaluationException.Unsupported(conversion, sourceEnum.Name, "a value of your own enum cannot be boxed at build time; use it in a switch or format it in an interpolation");
        }

        if (conversion.OperatorMethod is { } userDefined)
        {
            if (value is null && userDefined.Parameters[0].Type.IsValueType) return null;
            var converted = CallMethod(userDefined, userDefined, null, [value], conversion, []);
            return ConvertValue(converted, conversion.Type!, conversion.IsChecked, conversion);
        }

        if (!conversion.IsImplicit && conversion.Conversion.IsReference && value is not null
            && ClrTypeResolver.Resolve(conversion.Type!) is { } target && !target.IsInstanceOfType(value))
        {
            if (conversion.IsTryCast) return null;
            throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(conversion.Syntax), nameof(InvalidCastException),
                $"a {value.GetType().Name} is not a {conversion.Type!.Name}");
        }

        return ConvertValue(value, conversion.Type!, conversion.IsChecked, conversion);
    }

    /// <summary>Built-in conversions that change the boxed value: numeric, char and enum. Others keep the value.</summary>
    private object? ConvertValue(object? value, ITypeSymbol type, bool isChecked, IOperation site)
    {
        if (value is null) return null;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        var isNumber = value is char or Enum || value.GetType().IsPrimitive && value is not bool || value is decimal;
        if (!isNumber) return value;
        try
        {
            if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
            {
                var underlying = NumericConversions.Convert(value, enumType.EnumUnderlyingType!.SpecialType, isChecked);
                return ClrTypeResolver.Resolve(type) is { } clrEnum ? Enum.ToObject(clrEnum, underlying) : underlying;
            }

            return NumericConversions.IsNumeric(type.SpecialType) ? NumericConversions.Convert(value, type.SpecialType, isChecked) : value;
        }
        catch (OverflowException e)
        {
            throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(site.Syntax), nameof(OverflowException), e.Message);
        }
    }

    private object? EvaluateBinary(IBinaryOperation binary, Frame frame)
    {
        if (binary.OperatorMethod is { } userDefined)
            return CallMethod(userDefined, userDefined, null, [Evaluate(binary.LeftOperand, frame), Evaluate(binary.RightOperand, frame)], binary, []);
        var left = Evaluate(binary.LeftOperand, frame);
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd when left is false:
                return false;
            case BinaryOperatorKind.ConditionalOr when left is true:
                return true;
        }

        var right = Evaluate(binary.RightOperand, frame);
        ChargeConcatenation(binary.OperatorKind, left, right, binary);
        RequireNeutralConcatenation(binary.OperatorKind, left, right, binary.LeftOperand, binary.RightOperand);
        try
        {
            return Arithmetic.Binary(binary.OperatorKind, left, right, binary.LeftOperand.Type ?? binary.Type!, binary.IsChecked);
        }
        catch (Exception e) when (e is DivideByZeroException or OverflowException)
        {
            throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(binary.Syntax), e.GetType().Name, e.Message);
        }
        catch (InvalidOperationException)
        {
            throw EvaluationException.UnsupportedConstruct(binary, Describe(binary));
        }
    }

    // Doubling a string forty times must end in a diagnostic before the string is made, not in OutOfMemoryException.
    private void ChargeConcatenation(BinaryOperatorKind kind, object? left, object? right, IOperation site)
    {
        if (kind == BinaryOperatorKind.Add && (left is string || right is string))
            _budget.Allocate(2 * (AllocationSizes.Characters(left) + AllocationSizes.Characters(right)), site.Syntax);
    }

    private object? ConditionalAccess(IConditionalAccessOperation access, Frame frame)
    {
        var receiver = Evaluate(access.Operation, frame);
        if (receiver is null) return null;
        _conditionalReceivers.Push(receiver);
        try
        {
            return Evaluate(access.WhenNotNull, frame);
        }
        finally
        {
            _conditionalReceivers.Pop();
        }
    }

    // "v" + 3.5 prints 3.5 by the program's culture: accepted only when every culture prints it the same.
    private static void RequireNeutralConcatenation(BinaryOperatorKind kind, object? left, object? right, IOperation leftSite, IOperation rightSite)
    {
        if (kind != BinaryOperatorKind.Add || (left is not string && right is not string)) return;
        RequireNeutralOperand(left, leftSite);
        RequireNeutralOperand(right, rightSite);
    }

    private static void RequireNeutralOperand(object? value, IOperation site)
    {
        if (value is not string && CultureNeutralText.WhyNot(value, null) is { } why)
            throw EvaluationException.Unsupported(site, site.Syntax.ToString(), $"{why}, and the program runs under its own culture, not the compiler's; concatenate x.ToString(CultureInfo.InvariantCulture)");
    }

    private string Interpolate(IInterpolatedStringOperation interpolated, Frame frame)
    {
        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    text.Append(literal.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation hole:
                    var value = Evaluate(hole.Expression, frame);
                    var format = hole.FormatString?.ConstantValue.Value as string;
                    _budget.Allocate(2 * (AllocationSizes.Characters(value) + AllocationSizes.FormatWidth(format, composite: false)), hole.Syntax);
                    string formatted;
                    if (hole.Expression.Type is { TypeKind: TypeKind.Enum } enumType && IsInCompilation(enumType) && hole.FormatString is null)
                    {
                        formatted = EnumName(enumType, value, hole);
                    }
                    else
                    {
                        // The program formats the hole with its own culture: accepted only when every culture gives this text.
                        if (CultureNeutralText.WhyNot(value, format) is { } why)
                        {
                            throw EvaluationException.Unsupported(hole, hole.Syntax.ToString(),
                                $"{why}, and the program runs under its own culture, not the compiler's; write FormattableString.Invariant($\"...\") or format the value with x.ToString(CultureInfo.InvariantCulture)");
                        }

                        formatted = InvariantCulture.Format(value, format);
                    }

                    var alignment = Alignment(hole, frame);
                    text.Append(alignment >= 0 ? formatted.PadLeft(alignment) : formatted.PadRight(-alignment));
                    break;
                default:
                    throw EvaluationException.UnsupportedConstruct(part, Describe(part));
            }
        }

        return text.ToString();
    }

    private int Alignment(IInterpolationOperation hole, Frame frame)
    {
        var alignment = hole.Alignment is null ? 0 : System.Convert.ToInt32(Evaluate(hole.Alignment, frame), System.Globalization.CultureInfo.InvariantCulture);
        _budget.Allocate(2L * Math.Abs((long)alignment), hole.Syntax);
        return alignment;
    }

    private static bool IsFormattable(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && PureBclWhitelist.FullMetadataName(named.OriginalDefinition) is "System.FormattableString" or "System.IFormattable";

    // $"..." converted to FormattableString (as FormattableString.Invariant takes it): the composite format and the
    // values, as the compiler's FormattableStringFactory.Create call makes them. Formatting is left to the caller.
    private object Formattable(IInterpolatedStringOperation interpolated, Frame frame)
    {
        var format = new StringBuilder();
        var values = new List<object?>();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    format.Append((literal.Text.ConstantValue.Value as string ?? "").Replace("{", "{{").Replace("}", "}}"));
                    break;
                case IInterpolationOperation hole:
                    var value = Evaluate(hole.Expression, frame);
                    var holeFormat = hole.FormatString?.ConstantValue.Value as string;
                    _budget.Allocate(2 * (AllocationSizes.Characters(value) + AllocationSizes.FormatWidth(holeFormat, composite: false)), hole.Syntax);
                    if (hole.Expression.Type is { TypeKind: TypeKind.Enum } enumType && IsInCompilation(enumType) && holeFormat is null)
                        value = EnumName(enumType, value, hole);
                    format.Append('{').Append(values.Count);
                    if (hole.Alignment is not null) format.Append(',').Append(Alignment(hole, frame));
                    if (holeFormat is not null) format.Append(':').Append(holeFormat);
                    format.Append('}');
                    values.Add(value);
                    break;
                default:
                    throw EvaluationException.UnsupportedConstruct(part, Describe(part));
            }
        }

        return System.Runtime.CompilerServices.FormattableStringFactory.Create(format.ToString(), [.. values]);
    }

    // The name of a member of your own enum, as Enum.ToString() prints it.
    private static string EnumName(ITypeSymbol enumType, object? value, IOperation site)
    {
        foreach (var member in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            if (member.HasConstantValue && Arithmetic.AreEqual(member.ConstantValue, value))
                return member.Name;
        }

        throw EvaluationException.Unsupported(site, enumType.Name, "this value is not a single member of the enum, and flag combinations of your own enums are not formatted at build time");
    }

    private Array CreateArray(IArrayCreationOperation creation, Frame frame)
    {
        var arrayType = (IArrayTypeSymbol)creation.Type!;
        if (arrayType.Rank != 1)
            throw EvaluationException.UnsupportedConstruct(creation, "A multi-dimensional array");
        var elementType = ClrTypeResolver.Resolve(arrayType.ElementType)
            ?? throw EvaluationException.Unsupported(creation, arrayType.ElementType.Name, "arrays of your own types are not evaluated");
        var length = System.Convert.ToInt64(Evaluate(creation.DimensionSizes[0], frame), System.Globalization.CultureInfo.InvariantCulture);
        if (length < 0)
            throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(creation.DimensionSizes[0].Syntax), nameof(OverflowException), "an array cannot have a negative length");
        _budget.Allocate(AllocationSizes.OfArray(elementType, length), creation.Syntax);
        var array = Array.CreateInstance(elementType, new[] { length });
        if (creation.Initializer is { } initializer)
        {
            for (var i = 0; i < initializer.ElementValues.Length; i++)
                array.SetValue(Evaluate(initializer.ElementValues[i], frame), i);
        }

        return array;
    }

    private object? ReadArrayElement(IArrayElementReferenceOperation element, Frame frame)
    {
        var array = Evaluate(element.ArrayReference, frame) as Array ?? throw NullReference(element.ArrayReference);
        var indices = element.Indices.Select(i => System.Convert.ToInt32(Evaluate(i, frame), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        try
        {
            return array.GetValue(indices);
        }
        catch (IndexOutOfRangeException e)
        {
            throw new EvaluationException(DiagnosticDescriptors.EvaluatedCodeThrew, SourceSpan.From(element.Syntax), nameof(IndexOutOfRangeException), e.Message);
        }
    }

    private object? CreateTuple(ITupleOperation tuple, Frame frame)
    {
        var values = tuple.Elements.Select(e => Evaluate(e, frame)).ToArray();
        var type = tuple.Type is null ? null : ClrTypeResolver.Resolve(tuple.Type);
        if (type is null || values.Length > 7)
            throw EvaluationException.UnsupportedConstruct(tuple, "This tuple");
        return Activator.CreateInstance(type, values);
    }

    private object? Assign(IOperation target, object? value, Frame frame)
    {
        switch (target)
        {
            case ILocalReferenceOperation { IsDeclaration: true } declared:
                frame.Declare(declared.Local, ConvertValue(value, declared.Local.Type, false, target));
                return value;
            case ILocalReferenceOperation local:
                frame.Assign(local.Local, ConvertValue(value, local.Local.Type, false, target));
                return value;
            case IParameterReferenceOperation parameter:
                frame.Assign(parameter.Parameter, value);
                return value;
            case IPropertyReferenceOperation { Property: var property } reference when !(property.IsStatic && IsInCompilation(property)):
                var setter = property.SetMethod ?? throw EvaluationException.UnsupportedConstruct(target, $"Assigning the read-only property '{property.Name}'");
                var instance = property.IsStatic || reference.Instance is null ? null : Evaluate(reference.Instance, frame);
                if (!property.IsStatic && instance is null) throw NullReference(reference.Instance ?? reference);
                var indexArguments = EvaluateArguments(property.GetMethod ?? setter, reference.Arguments, frame);
                var arguments = indexArguments.Take(reference.Arguments.Length).Append(value).ToArray();
                CallMethod(setter, property, instance, arguments, reference, reference.Arguments);
                if (instance is not null && LibraryAssembly.Contains(property))
                {
                    // Findings about this field then point at the value assigned here: inside a Configure callback
                    // (ModelAssignments) and on model objects the class holds directly (AssignedAt).
                    var assigned = target.Parent is IAssignmentOperation { Value: var written } ? written : target;
                    var site = SpanCallSite.For(assigned, []);
                    K8sTyped.Origins.ModelAssignments.Record(instance, property.Name, site);
                    _assignments.GetValue(instance, static _ => new Dictionary<string, K8sTyped.Origins.CallSite>(StringComparer.Ordinal))[property.Name] = site;
                }

                return value;
            case IArrayElementReferenceOperation element:
                var array = Evaluate(element.ArrayReference, frame) as Array ?? throw NullReference(element.ArrayReference);
                var indices = element.Indices.Select(i => System.Convert.ToInt32(Evaluate(i, frame), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                array.SetValue(value, indices);
                return value;
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when IsInCompilation(field) && _statics.MayAssign(field):
                _statics.Assign(field, ConvertValue(value, field.Type, false, target));
                return value;
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when IsInCompilation(property) && GetterBodyOf(property) is null && _statics.MayAssign(property):
                _statics.Assign(property, ConvertValue(value, property.Type, false, target));
                return value;
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                throw EvaluationException.Unsupported(target, target.Syntax.ToString(), "assigning static state outside its type's static constructor would make manifests depend on evaluation order");
            case IDiscardOperation:
                return value;
            default:
                throw EvaluationException.UnsupportedConstruct(target, $"Assigning {Describe(target)}");
        }
    }

    private object? CompoundAssign(ICompoundAssignmentOperation compound, Frame frame)
    {
        var current = Evaluate(compound.Target, frame);
        var operand = Evaluate(compound.Value, frame);
        if (compound.OperatorMethod is null)
        {
            ChargeConcatenation(compound.OperatorKind, current, operand, compound);
            RequireNeutralConcatenation(compound.OperatorKind, current, operand, compound.Target, compound.Value);
        }

        var result = compound.OperatorMethod is { } userDefined
            ? CallMethod(userDefined, userDefined, null, [current, operand], compound, [])
            : Arithmetic.Binary(compound.OperatorKind, current, operand, compound.Target.Type!, compound.IsChecked);
        return Assign(compound.Target, ConvertValue(result, compound.Target.Type!, compound.IsChecked, compound), frame);
    }

    private object? IncrementOrDecrement(IIncrementOrDecrementOperation operation, Frame frame)
    {
        var current = Evaluate(operation.Target, frame);
        var kind = operation.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        var updated = ConvertValue(Arithmetic.Binary(kind, current, 1, operation.Target.Type!, operation.IsChecked), operation.Target.Type!, operation.IsChecked, operation);
        Assign(operation.Target, updated, frame);
        return operation.IsPostfix ? current : updated;
    }

    private static object? DefaultOf(ITypeSymbol? type, SyntaxNode site)
    {
        if (type is null || !type.IsValueType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return null;
        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType && ClrTypeResolver.Resolve(type) is null)
            return NumericConversions.Convert(0, enumType.EnumUnderlyingType!.SpecialType, false);
        var clr = ClrTypeResolver.Resolve(type)
            ?? throw new EvaluationException(DiagnosticDescriptors.UnsupportedCall, SourceSpan.From(site), type.Name, "values of your own types are not evaluated");
        return Activator.CreateInstance(clr);
    }

    private static bool IsInstanceOf(object? value, ITypeSymbol type, IOperation site)
    {
        if (value is null) return false;
        var clr = ClrTypeResolver.Resolve(type) ?? throw EvaluationException.Unsupported(site, type.Name, "values of your own types are not evaluated");
        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(Nullable<>)) clr = clr.GetGenericArguments()[0];
        return clr.IsInstanceOfType(value);
    }
}
