namespace K8sTyped.Rules.Naming;

/// <summary>One name grammar of the API server.</summary>
/// <param name="Description">How the API documentation names it, e.g. "a DNS-1035 label".</param>
/// <param name="Check">Returns null for a valid name, or the API server's reason.</param>
/// <param name="Nearest">The valid name closest to an invalid one (what messages and the code fix suggest), or null when there is none.</param>
internal sealed record ObjectNameGrammar(string Description, Func<string, string?> Check, Func<string, string?> Nearest)
{
    /// <summary>
    /// Checks a generateName prefix the way the result will be checked: the API server keeps at most 58 characters of
    /// it and appends 5 random ones (SimpleNameGenerator), so a long prefix or a trailing '-' is fine.
    /// </summary>
    public string? CheckPrefix(string prefix) =>
        Check((prefix.Length > MaxPrefixLength ? prefix.Substring(0, MaxPrefixLength) : prefix) + SampleSuffix);

    private const int MaxPrefixLength = 58;

    // Five characters of the generator's alphabet (lowercase consonants and digits): what any generated suffix looks like.
    private const string SampleSuffix = "x7k2q";
}
