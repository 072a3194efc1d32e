using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// C#'s built-in operators on boxed values. Operands arrive already converted to the operator's type (IOperation
/// makes the implicit conversions explicit), so each operator works on one numeric type at a time.
/// </summary>
internal static class Arithmetic
{
    public static object? Binary(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol operandType, bool isChecked)
    {
        switch (kind)
        {
            case BinaryOperatorKind.Equals: return AreEqual(left, right);
            case BinaryOperatorKind.NotEquals: return !AreEqual(left, right);
            case BinaryOperatorKind.ObjectValueEquals: return Equals(left, right);
            case BinaryOperatorKind.ObjectValueNotEquals: return !Equals(left, right);
        }

        // Lifted operators: null in, null out (comparisons give false).
        if (left is null || right is null)
        {
            if (kind is BinaryOperatorKind.Add && (left is string || right is string || IsString(operandType)))
                return string.Concat(left, right);
            return kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
                ? false
                : null;
        }

        if (left is string || right is string)
        {
            if (kind == BinaryOperatorKind.Add) return string.Concat(Text(left), Text(right));
            throw new InvalidOperationException($"Operator {kind} on strings.");
        }

        if (left is bool a && right is bool b)
        {
            return kind switch
            {
                BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => a && b,
                BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => a || b,
                BinaryOperatorKind.ExclusiveOr => a ^ b,
                _ => throw new InvalidOperationException($"Operator {kind} on bool."),
            };
        }

        var enumType = left is Enum ? left.GetType() : right is Enum ? right.GetType() : null;
        var special = NumericType(left, right);
        var l = NumericConversions.Convert(left, special, isChecked: false);
        var r = NumericConversions.Convert(right, special, isChecked: false);
        var result = special switch
        {
            SpecialType.System_Int32 => Int32(kind, (int)l, (int)r, isChecked),
            SpecialType.System_UInt32 => UInt32(kind, (uint)l, (uint)r, isChecked),
            SpecialType.System_Int64 => Int64(kind, (long)l, (long)r, isChecked),
            SpecialType.System_UInt64 => UInt64(kind, (ulong)l, (ulong)r, isChecked),
            SpecialType.System_Single => Single(kind, (float)l, (float)r),
            SpecialType.System_Double => Double(kind, (double)l, (double)r),
            SpecialType.System_Decimal => Decimal(kind, (decimal)l, (decimal)r),
            _ => throw new InvalidOperationException($"Operator {kind} on {special}."),
        };
        return enumType is not null && result is not bool && kind is not BinaryOperatorKind.Subtract ? Enum.ToObject(enumType, result) : result;
    }

    public static object? Unary(UnaryOperatorKind kind, object? operand, bool isChecked)
    {
        if (operand is null) return null;
        if (kind == UnaryOperatorKind.Not) return !(bool)operand;
        var special = NumericType(operand, operand);
        var value = NumericConversions.Convert(operand, special, isChecked: false);
        return (kind, value) switch
        {
            (UnaryOperatorKind.Plus, _) => value,
            (UnaryOperatorKind.Minus, int i) => isChecked ? checked(-i) : unchecked(-i),
            (UnaryOperatorKind.Minus, long i) => isChecked ? checked(-i) : unchecked(-i),
            (UnaryOperatorKind.Minus, uint i) => -(long)i,
            (UnaryOperatorKind.Minus, float f) => -f,
            (UnaryOperatorKind.Minus, double f) => -f,
            (UnaryOperatorKind.Minus, decimal f) => -f,
            (UnaryOperatorKind.BitwiseNegation, int i) => ~i,
            (UnaryOperatorKind.BitwiseNegation, uint i) => ~i,
            (UnaryOperatorKind.BitwiseNegation, long i) => ~i,
            (UnaryOperatorKind.BitwiseNegation, ulong i) => ~i,
            _ => throw new InvalidOperationException($"Operator {kind} on {value.GetType().Name}."),
        };
    }

    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        if (left is string || right is string) return string.Equals(left as string, right as string, StringComparison.Ordinal);
        if (IsNumber(left) && IsNumber(right))
        {
            var special = NumericType(left, right);
            return Equals(NumericConversions.Convert(left, special, false), NumericConversions.Convert(right, special, false));
        }

        return left.GetType().IsValueType ? left.Equals(right) : ReferenceEquals(left, right);
    }

    private static string Text(object value) => value is string s ? s : InvariantCulture.Format(value, null);

    private static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

    private static bool IsNumber(object value) => value is Enum or char || value.GetType().IsPrimitive && value is not bool || value is decimal;

    // The wider of the two operand types, as C#'s binary numeric promotion picks it (at least int).
    private static SpecialType NumericType(object left, object right)
    {
        static int Rank(object v) => (v is Enum ? Enum.GetUnderlyingType(v.GetType()) : v.GetType()) switch
        {
            var t when t == typeof(decimal) => 7,
            var t when t == typeof(double) => 6,
            var t when t == typeof(float) => 5,
            var t when t == typeof(ulong) => 4,
            var t when t == typeof(long) => 3,
            var t when t == typeof(uint) => 2,
            _ => 1,
        };

        return Math.Max(Rank(left), Rank(right)) switch
        {
            7 => SpecialType.System_Decimal,
            6 => SpecialType.System_Double,
            5 => SpecialType.System_Single,
            4 => SpecialType.System_UInt64,
            3 => SpecialType.System_Int64,
            2 when (left is int or short or sbyte && Convert.ToInt64(left) < 0) || (right is int or short or sbyte && Convert.ToInt64(right) < 0) => SpecialType.System_Int64,
            2 => SpecialType.System_UInt32,
            _ => SpecialType.System_Int32,
        };
    }

    private static object Int32(BinaryOperatorKind kind, int l, int r, bool isChecked) => kind switch
    {
        BinaryOperatorKind.Add => isChecked ? checked(l + r) : unchecked(l + r),
        BinaryOperatorKind.Subtract => isChecked ? checked(l - r) : unchecked(l - r),
        BinaryOperatorKind.Multiply => isChecked ? checked(l * r) : unchecked(l * r),
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.And => l & r,
        BinaryOperatorKind.Or => l | r,
        BinaryOperatorKind.ExclusiveOr => l ^ r,
        BinaryOperatorKind.LeftShift => l << r,
        BinaryOperatorKind.RightShift => l >> r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on int."),
    };

    private static object UInt32(BinaryOperatorKind kind, uint l, uint r, bool isChecked) => kind switch
    {
        BinaryOperatorKind.Add => isChecked ? checked(l + r) : unchecked(l + r),
        BinaryOperatorKind.Subtract => isChecked ? checked(l - r) : unchecked(l - r),
        BinaryOperatorKind.Multiply => isChecked ? checked(l * r) : unchecked(l * r),
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.And => l & r,
        BinaryOperatorKind.Or => l | r,
        BinaryOperatorKind.ExclusiveOr => l ^ r,
        BinaryOperatorKind.LeftShift => l << (int)r,
        BinaryOperatorKind.RightShift => l >> (int)r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on uint."),
    };

    private static object Int64(BinaryOperatorKind kind, long l, long r, bool isChecked) => kind switch
    {
        BinaryOperatorKind.Add => isChecked ? checked(l + r) : unchecked(l + r),
        BinaryOperatorKind.Subtract => isChecked ? checked(l - r) : unchecked(l - r),
        BinaryOperatorKind.Multiply => isChecked ? checked(l * r) : unchecked(l * r),
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.And => l & r,
        BinaryOperatorKind.Or => l | r,
        BinaryOperatorKind.ExclusiveOr => l ^ r,
        BinaryOperatorKind.LeftShift => l << (int)r,
        BinaryOperatorKind.RightShift => l >> (int)r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on long."),
    };

    private static object UInt64(BinaryOperatorKind kind, ulong l, ulong r, bool isChecked) => kind switch
    {
        BinaryOperatorKind.Add => isChecked ? checked(l + r) : unchecked(l + r),
        BinaryOperatorKind.Subtract => isChecked ? checked(l - r) : unchecked(l - r),
        BinaryOperatorKind.Multiply => isChecked ? checked(l * r) : unchecked(l * r),
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.And => l & r,
        BinaryOperatorKind.Or => l | r,
        BinaryOperatorKind.ExclusiveOr => l ^ r,
        BinaryOperatorKind.LeftShift => l << (int)r,
        BinaryOperatorKind.RightShift => l >> (int)r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on ulong."),
    };

    private static object Single(BinaryOperatorKind kind, float l, float r) => kind switch
    {
        BinaryOperatorKind.Add => l + r,
        BinaryOperatorKind.Subtract => l - r,
        BinaryOperatorKind.Multiply => l * r,
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on float."),
    };

    private static object Double(BinaryOperatorKind kind, double l, double r) => kind switch
    {
        BinaryOperatorKind.Add => l + r,
        BinaryOperatorKind.Subtract => l - r,
        BinaryOperatorKind.Multiply => l * r,
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on double."),
    };

    private static object Decimal(BinaryOperatorKind kind, decimal l, decimal r) => kind switch
    {
        BinaryOperatorKind.Add => l + r,
        BinaryOperatorKind.Subtract => l - r,
        BinaryOperatorKind.Multiply => l * r,
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        BinaryOperatorKind.LessThan => l < r,
        BinaryOperatorKind.LessThanOrEqual => l <= r,
        BinaryOperatorKind.GreaterThan => l > r,
        BinaryOperatorKind.GreaterThanOrEqual => l >= r,
        _ => throw new InvalidOperationException($"Operator {kind} on decimal."),
    };
}
