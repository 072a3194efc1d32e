namespace K8sTyped.Validation;

/// <summary>
/// The name grammars of the API server (k8s.io/apimachinery/pkg/util/validation). Each check returns null when the
/// value is valid, or the reason it is not, worded like the API server's message.
/// </summary>
public static class KubernetesNames
{
    /// <summary>Longest DNS-1123 or DNS-1035 label.</summary>
    public const int LabelMaxLength = 63;

    /// <summary>Longest DNS-1123 subdomain.</summary>
    public const int SubdomainMaxLength = 253;

    /// <summary>Longest IANA service name (port names).</summary>
    public const int IanaServiceNameMaxLength = 15;

    // The grammars are matched by hand rather than with Regex: building the regular-expression engine cost the first
    // validation of a process (a run of Validate(), the analyzer in a fresh compiler) about 50 ms. Each matcher is the
    // API server's pattern, anchored at both ends (a trailing newline does not match, as with Go's regexp).
    private static bool IsDns1123Label(string value) =>
        value.Length > 0 && IsLowerAlphanumeric(value[0]) && IsLowerAlphanumeric(value[value.Length - 1]) && value.All(c => IsLowerAlphanumeric(c) || c == '-');

    // [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*: labels joined by dots.
    private static bool IsDns1123Subdomain(string value) => value.Split('.').All(IsDns1123Label);

    private static bool IsDns1035Label(string value) => IsDns1123Label(value) && value[0] is >= 'a' and <= 'z';

    // ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
    private static bool IsQualifiedNamePart(string value) =>
        value.Length > 0 && IsAlphanumeric(value[0]) && IsAlphanumeric(value[value.Length - 1]) && value.All(c => IsAlphanumeric(c) || c is '-' or '_' or '.');

    private static bool IsIanaServiceNameText(string value) => value.Length > 0 && value.All(c => IsLowerAlphanumeric(c) || c == '-');

    private static bool HasLetter(string value) => value.Any(c => c is >= 'a' and <= 'z');

    private static bool IsLowerAlphanumeric(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private static bool IsAlphanumeric(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    /// <summary>A lowercase RFC 1123 label: <c>[a-z0-9]([-a-z0-9]*[a-z0-9])?</c>, at most 63 characters.</summary>
    public static string? CheckDns1123Label(string value)
    {
        if (value.Length > LabelMaxLength) return $"must be no more than {LabelMaxLength} characters";
        if (IsDns1123Label(value)) return null;
        return IsDns1123Subdomain(value)
            ? "must not contain dots"
            : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
    }

    /// <summary>A lowercase RFC 1123 subdomain: labels joined by dots, at most 253 characters.</summary>
    public static string? CheckDns1123Subdomain(string value)
    {
        if (value.Length > SubdomainMaxLength) return $"must be no more than {SubdomainMaxLength} characters";
        return IsDns1123Subdomain(value)
            ? null
            : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
    }

    /// <summary>An RFC 1035 label: <c>[a-z]([-a-z0-9]*[a-z0-9])?</c>, at most 63 characters (Service names).</summary>
    public static string? CheckDns1035Label(string value)
    {
        if (value.Length > LabelMaxLength) return $"must be no more than {LabelMaxLength} characters";
        return IsDns1035Label(value)
            ? null
            : "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";
    }

    /// <summary>A label key (qualified name): optional DNS subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static string? CheckLabelKey(string key)
    {
        var slash = key.IndexOf('/');
        var name = key;
        if (slash >= 0)
        {
            var prefix = key.Substring(0, slash);
            name = key.Substring(slash + 1);
            // Like the API server: more than one '/' is a malformed key before the prefix is looked at.
            if (name.IndexOf('/') >= 0)
                return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
            if (prefix.Length == 0) return "prefix part must be non-empty";
            if (CheckDns1123Subdomain(prefix) is { } prefixProblem) return "prefix part " + prefixProblem;
        }

        if (name.Length == 0) return "name part must be non-empty";
        if (name.Length > LabelMaxLength) return $"name part must be no more than {LabelMaxLength} characters";
        return IsQualifiedNamePart(name)
            ? null
            : "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";
    }

    /// <summary>A label value: empty, or at most 63 characters of the label-name alphabet.</summary>
    public static string? CheckLabelValue(string value)
    {
        if (value.Length == 0) return null;
        if (value.Length > LabelMaxLength) return $"must be no more than {LabelMaxLength} characters";
        return IsQualifiedNamePart(value)
            ? null
            : "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";
    }

    /// <summary>An IANA service name (container port names, named targetPorts): at most 15 of <c>[-a-z0-9]</c>, a letter, no "--", no '-' at either end.</summary>
    public static string? CheckIanaServiceName(string value)
    {
        if (value.Length > IanaServiceNameMaxLength) return $"must be no more than {IanaServiceNameMaxLength} characters";
        if (!IsIanaServiceNameText(value)) return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
        if (value.Contains("--")) return "must not contain consecutive hyphens";
        if (!HasLetter(value)) return "must contain at least one letter (a-z)";
        if (value[0] == '-' || value[value.Length - 1] == '-') return "must not begin or end with a hyphen";
        return null;
    }

    /// <summary>
    /// A path segment name (RBAC roles and bindings): anything but "." and "..", without '/' or '%', because the name
    /// becomes one segment of the object's URL.
    /// </summary>
    public static string? CheckPathSegmentName(string value)
    {
        if (value is "." or "..") return $"may not be '{value}'";
        if (value.IndexOf('/') >= 0) return "may not contain '/'";
        if (value.IndexOf('%') >= 0) return "may not contain '%'";
        return null;
    }

    /// <summary>A port number: 1–65535.</summary>
    public static string? CheckPortNumber(int port) =>
        port is >= 1 and <= 65535 ? null : "must be between 1 and 65535, inclusive";
}
