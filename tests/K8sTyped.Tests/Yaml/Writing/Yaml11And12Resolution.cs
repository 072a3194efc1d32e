using System.Text.RegularExpressions;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>
/// What bare text means to YAML parsers, written independently of the production quoting rules: the YAML 1.1
/// implicit-type regexes (as in PyYAML's resolver and the 1.1 type repository, including y/n booleans), the YAML 1.2
/// core schema, and the integer forms go-yaml v2 accepts through Go's strconv with underscores removed.
/// </summary>
internal static class Yaml11And12Resolution
{
    private static readonly (string Tag, Regex Pattern)[] NonStringPatterns =
    [
        ("1.1 bool", new(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")),
        ("1.1 null", new(@"^(?:~|null|Null|NULL|)$")),
        ("1.1 int", new(@"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")),
        ("1.1 float", new(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")),
        ("1.1 timestamp", new(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")),
        ("1.1 merge", new(@"^<<$")),
        ("1.1 value", new(@"^=$")),
        ("1.2 null", new(@"^(?:null|Null|NULL|~)$")),
        ("1.2 bool", new(@"^(?:true|True|TRUE|false|False|FALSE)$")),
        ("1.2 int", new(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
        ("1.2 float", new(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")),
        ("go-yaml v2 int", new(@"^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$")),
    ];

    /// <summary>The first implicit type other than string that bare <paramref name="text"/> resolves to, or null.</summary>
    public static string? NonStringTypeOf(string text)
    {
        foreach (var (tag, pattern) in NonStringPatterns)
            if (pattern.IsMatch(text)) return tag;
        return null;
    }

    /// <summary>Whether bare <paramref name="text"/> resolves to a value of the given kind in both YAML versions.</summary>
    public static bool ResolvesEverywhereAs(string text, string kindPrefix11, string kindPrefix12) =>
        NonStringPatterns.Any(p => p.Tag == "1.1 " + kindPrefix11 && p.Pattern.IsMatch(text))
        && NonStringPatterns.Any(p => p.Tag == "1.2 " + kindPrefix12 && p.Pattern.IsMatch(text));
}
