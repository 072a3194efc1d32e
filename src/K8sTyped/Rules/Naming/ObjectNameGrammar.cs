namespace K8sTyped.Rules.Naming;

/// <summary>One name grammar of the API server.</summary>
/// <param name="Description">How the API documentation names it, e.g. "a DNS-1035 label".</param>
/// <param name="Check">Returns null for a valid name, or the API server's reason.</param>
internal sealed record ObjectNameGrammar(string Description, Func<string, string?> Check)
{
    /// <summary>
    /// Checks a generateName prefix: the API server appends five random characters, so a trailing '-' is fine
    /// (it masks it before checking, like apimachinery's maskTrailingDash).
    /// </summary>
    public string? CheckPrefix(string prefix) =>
        Check(prefix.Length > 1 && prefix[prefix.Length - 1] == '-' ? prefix.Substring(0, prefix.Length - 1) + "a" : prefix);
}
