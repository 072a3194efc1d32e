namespace K8sTyped.Rules.Changes;

/// <summary>One value that differs between an object and its deployed version.</summary>
/// <param name="Path">The wire path of the value, e.g. <c>spec.volumeClaimTemplates[0].spec.resources.requests[storage]</c>.</param>
/// <param name="Current">The value now; null when the current object leaves it unset.</param>
/// <param name="Deployed">The value deployed; null when the deployed version had none.</param>
internal sealed record FieldChange(string Path, object? Current, object? Deployed)
{
    /// <summary>Whether the change lies at or under <paramref name="prefix"/> (a field path).</summary>
    public bool IsUnder(string prefix) => IsAtOrUnder(Path, prefix);

    /// <summary>Whether field path <paramref name="path"/> is <paramref name="prefix"/> or lies under it.</summary>
    public static bool IsAtOrUnder(string path, string prefix) =>
        path.Length == prefix.Length
            ? path == prefix
            : path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length] is '.' or '[';

    /// <summary>A value as messages quote it.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "unset",
        string text => $"'{text}'",
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
