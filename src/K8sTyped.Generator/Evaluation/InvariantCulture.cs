using System.Globalization;
using System.Reflection;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Runs the culture-sensitive BCL calls the build accepts with their invariant-culture forms. They are accepted only when
/// <see cref="CultureSensitiveCalls"/> proved every culture gives the same result, so this changes no result; it keeps
/// the compiler's own culture out of the evaluation altogether.
/// </summary>
internal static class InvariantCulture
{
    public static object? Invoke(MethodBase method, object? instance, object?[] arguments)
    {
        if (method is MethodInfo info && Redirect(info, instance, arguments) is { } redirected)
            return redirected.Method.Invoke(redirected.Instance, redirected.Arguments);
        return method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(instance, arguments);
    }

    public static string Format(object? value, string? format)
    {
        return value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private static (MethodInfo Method, object? Instance, object?[] Arguments)? Redirect(MethodInfo method, object? instance, object?[] arguments)
    {
        var type = method.DeclaringType;
        if (type is null) return null;
        switch (method.Name)
        {
            case "ToString" when instance is IFormattable && arguments.Length <= 1 && (arguments.Length == 0 || arguments[0] is string or null):
                var toString = typeof(IFormattable).GetMethod(nameof(IFormattable.ToString))!;
                return (toString, instance, [arguments.Length == 0 ? null : arguments[0], CultureInfo.InvariantCulture]);
            case "Parse" when type.IsPrimitive || type == typeof(decimal):
                var parameterTypes = method.GetParameters().Select(p => p.ParameterType).Append(typeof(IFormatProvider)).ToArray();
                if (method.GetParameters().Any(p => p.ParameterType == typeof(IFormatProvider))) return null;
                var withProvider = type.GetMethod("Parse", parameterTypes);
                return withProvider is null ? null : (withProvider, null, arguments.Append(CultureInfo.InvariantCulture).ToArray());
            case "ToUpper" when type == typeof(string) && arguments.Length == 0:
                return (typeof(string).GetMethod(nameof(string.ToUpperInvariant))!, instance, []);
            case "ToLower" when type == typeof(string) && arguments.Length == 0:
                return (typeof(string).GetMethod(nameof(string.ToLowerInvariant))!, instance, []);
            case "ToUpper" when type == typeof(char) && arguments.Length == 1:
                return (typeof(char).GetMethod(nameof(char.ToUpperInvariant))!, null, arguments);
            case "ToLower" when type == typeof(char) && arguments.Length == 1:
                return (typeof(char).GetMethod(nameof(char.ToLowerInvariant))!, null, arguments);
            case "Format" when type == typeof(string) && method.GetParameters() is { Length: > 0 } parameters && parameters[0].ParameterType == typeof(string):
                var formatArguments = parameters.Length == 2 && parameters[1].ParameterType == typeof(object[])
                    ? (object?[])arguments[1]!
                    : arguments.Skip(1).ToArray();
                var invariantFormat = typeof(string).GetMethod(nameof(string.Format), [typeof(IFormatProvider), typeof(string), typeof(object[])])!;
                return (invariantFormat, null, [CultureInfo.InvariantCulture, arguments[0], formatArguments]);
            default:
                return null;
        }
    }
}
