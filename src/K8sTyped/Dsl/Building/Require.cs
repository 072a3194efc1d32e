namespace K8sTyped;

/// <summary>Argument checks for programming errors (null or empty names), with messages that name the argument.</summary>
internal static class Require
{
    public static string NotEmpty(string value, string parameterName)
    {
        if (value is null) throw new ArgumentNullException(parameterName);
        if (value.Length == 0) throw new ArgumentException("The value must not be empty.", parameterName);
        return value;
    }

    public static T NotNull<T>(T value, string parameterName) where T : class =>
        value ?? throw new ArgumentNullException(parameterName);

}
