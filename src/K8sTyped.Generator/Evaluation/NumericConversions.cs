using System.Globalization;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>Built-in C# conversions between numeric types, chars and enums, with checked or unchecked overflow.</summary>
internal static class NumericConversions
{
    public static bool IsNumeric(SpecialType type) => type is >= SpecialType.System_Char and <= SpecialType.System_Double
        or SpecialType.System_Decimal or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    /// <summary>Converts a boxed number, char or enum to the special type <paramref name="target"/>.</summary>
    public static object Convert(object value, SpecialType target, bool isChecked)
    {
        if (value is Enum) value = System.Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture);
        switch (value)
        {
            case double or float:
                var d = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return target switch
                {
                    SpecialType.System_Double => d,
                    SpecialType.System_Single => (float)d,
                    SpecialType.System_Decimal => (decimal)d,
                    _ when isChecked => FromInt64Checked(checked((long)Math.Truncate(d)), target),
                    _ => FromInt64(unchecked((long)d), target),
                };
            case decimal m:
                return target switch
                {
                    SpecialType.System_Double => (double)m,
                    SpecialType.System_Single => (float)m,
                    SpecialType.System_Decimal => m,
                    // Decimal to integer conversions always check for overflow in C#.
                    SpecialType.System_UInt64 => (ulong)m,
                    _ => FromInt64Checked((long)m, target),
                };
            case ulong u:
                return target switch
                {
                    SpecialType.System_Double => (double)u,
                    SpecialType.System_Single => (float)u,
                    SpecialType.System_Decimal => (decimal)u,
                    SpecialType.System_UInt64 => u,
                    _ when isChecked => FromInt64Checked(checked((long)u), target),
                    _ => FromInt64(unchecked((long)u), target),
                };
            default:
                var l = value is char c ? c : System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return target switch
                {
                    SpecialType.System_Double => (double)l,
                    SpecialType.System_Single => (float)l,
                    SpecialType.System_Decimal => (decimal)l,
                    _ when isChecked => FromInt64Checked(l, target),
                    _ => FromInt64(l, target),
                };
        }
    }

    private static object FromInt64(long value, SpecialType target) => unchecked(target switch
    {
        SpecialType.System_SByte => (sbyte)value,
        SpecialType.System_Byte => (byte)value,
        SpecialType.System_Int16 => (short)value,
        SpecialType.System_UInt16 => (ushort)value,
        SpecialType.System_Char => (char)value,
        SpecialType.System_Int32 => (int)value,
        SpecialType.System_UInt32 => (uint)value,
        SpecialType.System_Int64 => value,
        SpecialType.System_UInt64 => (ulong)value,
        _ => (object)value,
    });

    private static object FromInt64Checked(long value, SpecialType target) => checked(target switch
    {
        SpecialType.System_SByte => (sbyte)value,
        SpecialType.System_Byte => (byte)value,
        SpecialType.System_Int16 => (short)value,
        SpecialType.System_UInt16 => (ushort)value,
        SpecialType.System_Char => (char)value,
        SpecialType.System_Int32 => (int)value,
        SpecialType.System_UInt32 => (uint)value,
        SpecialType.System_Int64 => value,
        SpecialType.System_UInt64 => (ulong)value,
        _ => (object)value,
    });
}
