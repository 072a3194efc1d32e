using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// BCL calls whose result depends on the current culture (formatting, parsing and casing without an explicit
/// <see cref="IFormatProvider"/>, culture comparisons chosen by value), judged on the values they get: a call runs at
/// build only when <see cref="CultureNeutralText"/> proves every culture gives the same result, since the program
/// runs under its own culture, not the compiler's. Otherwise it is refused with the invariant form to write instead.
/// </summary>
internal static class CultureSensitiveCalls
{
    /// <summary>
    /// The arguments to call <paramref name="method"/> with, or <paramref name="refuse"/>'s exception when its result could
    /// differ between cultures. A lazy sequence whose elements it formats is checked element by element as the call takes them.
    /// </summary>
    public static object?[] Check(IMethodSymbol method, object? instance, object?[] arguments, Func<string, Exception> refuse)
    {
        if (!MayDependOnCulture(method)) return arguments;
        if (StringComparisonWhyNot(method, arguments) is { } comparison) throw refuse(comparison);
        var type = PureBclWhitelist.FullMetadataName(method.ContainingType.OriginalDefinition);
        var hasProvider = HasProvider(method, arguments);
        string? reason = null;
        switch (method.Name)
        {
            case "ToString" when !method.IsStatic && !hasProvider:
                var format = StringArgument(method, arguments, "format");
                reason = Explain(CultureNeutralText.WhyNot(instance, format), format is null ? "call ToString(CultureInfo.InvariantCulture)" : $"call ToString(\"{format}\", CultureInfo.InvariantCulture)");
                break;
            case "Parse" when !hasProvider && (IsNumber(type) || type == "System.TimeSpan"):
                var text = arguments.Length > 0 ? arguments[0] as string : null;
                reason = Explain(
                    type == "System.TimeSpan" ? "a TimeSpan is read with the culture's separators" : CultureNeutralText.ParsingWhyNot(text),
                    $"pass CultureInfo.InvariantCulture: {method.ContainingType.ToDisplayString()}.Parse(text, CultureInfo.InvariantCulture)");
                break;
            case "ToUpper" or "ToLower" when !hasProvider && type is "System.String" or "System.Char":
                var upper = method.Name == "ToUpper";
                var cased = type == "System.String" ? instance as string : arguments.FirstOrDefault()?.ToString();
                reason = Explain(cased is null ? null : CultureNeutralText.CasingWhyNot(cased, upper), upper ? "use ToUpperInvariant()" : "use ToLowerInvariant()");
                break;
            case "Format" when type == "System.String" && !hasProvider:
            case "AppendFormat" when type == "System.Text.StringBuilder" && !hasProvider:
                reason = Explain(CompositeWhyNot(method, arguments), $"pass CultureInfo.InvariantCulture first: {(type == "System.String" ? "string.Format" : "AppendFormat")}(CultureInfo.InvariantCulture, ...)");
                break;
            case "Concat" or "Join" when type == "System.String":
            case "AppendJoin" when type == "System.Text.StringBuilder":
                return CheckValues(method, arguments, firstValue: method.Name == "Concat" ? 0 : 1, refuse);
            case "Append" when type == "System.Text.StringBuilder" && method.Parameters.Length == 1:
                reason = Explain(CultureNeutralText.WhyNot(arguments[0], null), "append x.ToString(CultureInfo.InvariantCulture)");
                break;
            case "Insert" when type == "System.Text.StringBuilder" && method.Parameters.Length == 2:
                reason = Explain(CultureNeutralText.WhyNot(arguments[1], null), "insert x.ToString(CultureInfo.InvariantCulture)");
                break;
        }

        return reason is null ? arguments : throw refuse(reason);
    }

    /// <summary>
    /// Whether <paramref name="method"/> may depend on the culture for some arguments; such a method cannot be handed
    /// over as a delegate, since its calls would then not be checked one by one.
    /// </summary>
    public static bool MayDependOnCulture(IMethodSymbol method)
    {
        if (method.Name is "ToString" or "Parse" or "ToUpper" or "ToLower" or "Format" or "AppendFormat" or "Concat" or "Join" or "AppendJoin" or "Append" or "Insert")
            return true;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.Name == "StringComparison" && IsType(parameter.Type, "System.StringComparison")) return true;
        }

        return false;
    }

    /// <summary>Why a method that <see cref="MayDependOnCulture"/> is not handed over as a delegate.</summary>
    public const string AsDelegate = "its result may depend on the culture, which the generator checks call by call; pass a lambda instead (x => x.ToString(CultureInfo.InvariantCulture))";

    private static string? Explain(string? why, string alternative) =>
        why is null ? null : $"{why}, and the program runs under its own culture, not the compiler's; {alternative}";

    // StringComparison.CurrentCulture* follow the program's culture; InvariantCulture* are linguistic comparisons that
    // become ordinal ones under InvariantGlobalization. Only the ordinal comparisons are the same everywhere.
    private static string? StringComparisonWhyNot(IMethodSymbol method, object?[] arguments)
    {
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (IsType(method.Parameters[i].Type, "System.StringComparison") && arguments[i] is StringComparison comparison
                && comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
            {
                return $"StringComparison.{comparison} compares strings by culture (the program's, or none under InvariantGlobalization); use StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase";
            }
        }

        return null;
    }

    // A non-null IFormatProvider argument: only CultureInfo.InvariantCulture can be had at build. Null means the current culture.
    private static bool HasProvider(IMethodSymbol method, object?[] arguments)
    {
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (IsType(method.Parameters[i].Type, "System.IFormatProvider") || IsType(method.Parameters[i].Type, "System.Globalization.CultureInfo"))
                return arguments[i] is not null;
        }

        return false;
    }

    private static string? StringArgument(IMethodSymbol method, object?[] arguments, string name)
    {
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (method.Parameters[i].Name == name && method.Parameters[i].Type.SpecialType == SpecialType.System_String)
                return arguments[i] as string;
        }

        return null;
    }

    // string.Format(format, args) and AppendFormat: each argument under the format its item gives it.
    private static string? CompositeWhyNot(IMethodSymbol method, object?[] arguments)
    {
        var formatIndex = method.Parameters.ToList().FindIndex(p => p.Type.SpecialType == SpecialType.System_String);
        if (formatIndex < 0 || arguments[formatIndex] is not string format) return null;
        var values = method.Parameters.Length == formatIndex + 2 && method.Parameters[formatIndex + 1].Type is IArrayTypeSymbol
            ? arguments[formatIndex + 1] as object?[] ?? []
            : arguments.Skip(formatIndex + 1).ToArray();
        var items = CompositeFormatItems.Parse(format);
        if (items is null) return $"the format string '{format}' could not be read to check its items";
        foreach (var (index, itemFormat) in items)
        {
            if (index < values.Length && CultureNeutralText.WhyNot(values[index], itemFormat) is { } why) return why;
        }

        return null;
    }

    // string.Concat / Join and StringBuilder.AppendJoin print each value with its ToString().
    private static object?[] CheckValues(IMethodSymbol method, object?[] arguments, int firstValue, Func<string, Exception> refuse)
    {
        const string Alternative = "format the values with ToString(CultureInfo.InvariantCulture) first";
        if (method.Parameters.Length > firstValue + 1 && method.Name != "Concat") return arguments; // Join(separator, values, start, count) of strings
        var checkedArguments = (object?[])arguments.Clone();
        for (var i = firstValue; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case string:
                    break;
                case System.Collections.ICollection collection:
                    foreach (var value in collection)
                    {
                        if (Explain(CultureNeutralText.WhyNot(value, null), Alternative) is { } why) throw refuse(why);
                    }

                    break;
                case System.Collections.IEnumerable sequence when method.Parameters[i].Type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && generic.TypeArguments[0].SpecialType != SpecialType.System_String:
                    if (ClrTypeResolver.Resolve(generic.TypeArguments[0]) is { } clr)
                        checkedArguments[i] = CultureCheckedSequence.Wrap(sequence, clr, value => Explain(CultureNeutralText.WhyNot(value, null), Alternative) is { } why ? refuse(why) : null);
                    break;
                case var value:
                    if (Explain(CultureNeutralText.WhyNot(value, null), Alternative) is { } reason) throw refuse(reason);
                    break;
            }
        }

        return checkedArguments;
    }

    private static bool IsNumber(string type) => type is "System.Byte" or "System.SByte" or "System.Int16" or "System.UInt16" or "System.Int32" or "System.UInt32"
        or "System.Int64" or "System.UInt64" or "System.Single" or "System.Double" or "System.Decimal";

    private static bool IsType(ITypeSymbol type, string fullName) =>
        type is INamedTypeSymbol named && PureBclWhitelist.FullMetadataName(named.OriginalDefinition) == fullName;
}
