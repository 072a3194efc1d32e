using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// How many bytes a BCL call or an operation is about to allocate, known before it runs where its arguments say so
/// (<c>new string('x', n)</c>, <c>PadLeft(n)</c>, <c>StringBuilder.Append(c, n)</c>, a capacity, a format's width, the
/// texts it joins), and how large what it made is. Estimates err on the large side: they bound memory, they do not
/// measure it.
/// </summary>
internal static class AllocationSizes
{
    // What a value not otherwise measured (a number, a bool) takes when formatted: decimal's longest form fits.
    private const long FormattedValueCharacters = 32;

    /// <summary>Characters <paramref name="value"/> adds to a text it is formatted into.</summary>
    public static long Characters(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        StringBuilder builder => builder.Length,
        char[] characters => characters.Length,
        ICollection collection => collection.Cast<object?>().Sum(Characters) + collection.Count,
        IEnumerable => 0,
        // A tuple or key-value pair prints its parts.
        _ when value.GetType() is { IsValueType: true, IsGenericType: true } type
            && (type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) || type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal)) =>
            type.GetFields().Where(f => !f.IsStatic).Sum(f => Characters(f.GetValue(value)) + 2)
            + type.GetProperties().Where(p => p.Name is "Key" or "Value").Sum(p => Characters(p.GetValue(value)) + 2),
        _ => FormattedValueCharacters,
    };

    /// <summary>Bytes a BCL call will allocate for what its arguments already say, before it runs.</summary>
    /// <param name="method">The member called.</param>
    /// <param name="instance">Its receiver.</param>
    /// <param name="arguments">Its arguments; sequences are charged as the call enumerates them, not here.</param>
    public static long Before(MethodBase method, object? instance, object?[] arguments)
    {
        var type = method.DeclaringType;
        var parameters = method.GetParameters();
        long Count(string name) => IndexOf(parameters, name) is var i and >= 0 && arguments[i] is int count ? Math.Max(0, count) : 0;

        if (type == typeof(string) && method is ConstructorInfo)
            return 2 * Count("count");
        if (type == typeof(string) && method.Name is "PadLeft" or "PadRight")
            return 2 * Count("totalWidth");
        if (type == typeof(string) && method.Name == "Replace" && instance is string text && arguments.Length >= 2 && arguments[0] is string { Length: var oldLength } && arguments[1] is string replacement)
            return 2 * (text.Length + text.Length / Math.Max(1, oldLength) * replacement.Length);
        if (type == typeof(StringBuilder))
        {
            if (method is ConstructorInfo || method.Name is "EnsureCapacity" or "set_Capacity" or "set_Length")
                return 2 * (Count("capacity") + Count("value"));
            if (method.Name == "Append" && IndexOf(parameters, "repeatCount") >= 0)
                return 2 * Count("repeatCount");
            if (method.Name == "Insert" && IndexOf(parameters, "count") >= 0 && arguments[1] is string inserted)
                return 2 * inserted.Length * Count("count");
        }

        if (type is { IsGenericType: true } && (method is ConstructorInfo || method.Name is "EnsureCapacity" or "set_Capacity"))
            return 16 * (Count("capacity") + (method.Name == "set_Capacity" ? Count("value") : 0));

        // The receiver is already paid for; a copy of it (ToUpper, sb.ToString()) is charged once made. What the
        // arguments bring is not, and can be far larger than anything made so far.
        if (!MakesText(method)) return 0;
        long characters = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (IsSequence(parameters[i].ParameterType)) continue;
            characters += parameters[i].Name == "format" && arguments[i] is string format
                ? format.Length + FormatWidth(format, composite: type == typeof(string) || type == typeof(StringBuilder))
                : Characters(arguments[i]);
        }

        return 2 * characters;
    }

    /// <summary>Bytes of what a call made, when it is a new string or collection (not its receiver or an argument handed back).</summary>
    public static long Of(object? result, object? instance, object?[] arguments)
    {
        if (result is null || ReferenceEquals(result, instance) || Array.Exists(arguments, a => ReferenceEquals(a, result)))
            return 0;
        return result switch
        {
            string text => 2L * text.Length,
            Array array => (long)array.Length * ElementBytes(array.GetType().GetElementType()!),
            ICollection collection => 8L * collection.Count,
            _ => 0,
        };
    }

    /// <summary>Bytes of an array of <paramref name="length"/> elements of <paramref name="elementType"/>.</summary>
    public static long OfArray(Type elementType, long length) => Math.Max(0, length) * ElementBytes(elementType);

    /// <summary>Whether the call makes text from its arguments (so the characters it copies are charged).</summary>
    public static bool MakesText(MethodBase method) =>
        method.DeclaringType == typeof(StringBuilder) || method is MethodInfo { ReturnType: var returned } && returned == typeof(string);

    private static bool IsSequence(Type type) =>
        type == typeof(IEnumerable) || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);

    private static int IndexOf(ParameterInfo[] parameters, string name) => Array.FindIndex(parameters, p => p.Name == name);

    private static long ElementBytes(Type type) =>
        !type.IsValueType ? 8
        : type == typeof(bool) || type == typeof(byte) || type == typeof(sbyte) ? 1
        : type == typeof(char) || type == typeof(short) || type == typeof(ushort) ? 2
        : type == typeof(int) || type == typeof(uint) || type == typeof(float) ? 4
        : type == typeof(long) || type == typeof(ulong) || type == typeof(double) ? 8
        : 16;

    /// <summary>
    /// The widest field a format asks for: the precision of a standard format ("D999999999" pads to that many digits)
    /// or, in a composite format, the alignment and precision of each hole ("{0,100000}").
    /// </summary>
    public static long FormatWidth(string? format, bool composite)
    {
        if (string.IsNullOrEmpty(format)) return 0;
        if (!composite) return StandardPrecision(format!);
        long widest = 0;
        for (var i = 0; i < format!.Length; i++)
        {
            if (format[i] != '{') continue;
            if (i + 1 < format.Length && format[i + 1] == '{') { i++; continue; }
            var end = format.IndexOf('}', i);
            if (end < 0) break;
            var hole = format.Substring(i + 1, end - i - 1);
            var colon = hole.IndexOf(':');
            var comma = hole.IndexOf(',');
            if (comma >= 0 && (colon < 0 || comma < colon))
                widest = Math.Max(widest, Number(hole.Substring(comma + 1, (colon < 0 ? hole.Length : colon) - comma - 1).Trim().TrimStart('-')));
            if (colon >= 0)
                widest = Math.Max(widest, StandardPrecision(hole.Substring(colon + 1)));
            i = end;
        }

        return widest;
    }

    private static long StandardPrecision(string format) =>
        format.Length > 1 && char.IsLetter(format[0]) ? Number(format.Substring(1)) : 0;

    private static long Number(string digits) =>
        long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
