using K8sTyped.Yaml;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>
/// Writes thousands of generated strings from a dangerous alphabet in every position and reads them back with
/// YamlDotNet: each must come back identical, and each bare one must resolve to no other type under YAML 1.1 or 1.2.
/// </summary>
public class QuotingPropertyTests
{
    private const int Seed = 20_250_611;
    private const int StringCount = 6000;

    /// <summary>Pieces strings are built from: single characters, and whole tokens that parsers treat specially.</summary>
    private static readonly string[] Pieces =
    [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~", "=", "<", ".", "_", "+",
        " ", " ", " ", "\t", "\n", "\n", "\r", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uFFFE",
        "0", "1", "5", "9", "e", "E", "x", "o", "b", "y", "Y", "s", "n", "N", "t", "r", "u", "f", "a", "l", "O", "i", "T", "Z",
        "é", "ß", "中", "😀", "𝄞",
        "yes", "No", "TRUE", "null", "off", "0x1F", "1e3", ".inf", "1:30", "---", "...", "<<", "2001-12-14", "1_000", "0o7",
    ];

    public static IEnumerable<object[]> Batches() => Enumerable.Range(0, 6).Select(batch => new object[] { batch });

    [Theory]
    [MemberData(nameof(Batches))]
    public void Generated_strings_read_back_identical_in_every_position(int batch)
    {
        var random = new Random(Seed + batch);
        var failures = new List<string>();
        for (var n = 0; n < StringCount / 6; n++)
        {
            var text = Generate(random);
            try
            {
                AssertRoundTrip(AsValues(text));
                AssertRoundTrip(Trees.Mapping((text, YamlScalar.String("v"))));
            }
            catch (Exception exception)
            {
                failures.Add($"{YamlDotNetOracle.Show(text)}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} strings failed:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Generated_strings_exercise_every_form()
    {
        var random = new Random(Seed);
        var openings = new HashSet<char>();
        for (var n = 0; n < StringCount / 6; n++)
        {
            var yaml = YamlWriter.Write(Trees.Mapping(("k", YamlScalar.String(Generate(random)))));
            openings.Add(yaml.Length > 3 ? yaml[3] : '\n');
        }

        // Plain text, single quotes, double quotes and literal blocks all occur, so the property test covers each.
        Assert.Contains('\'', openings);
        Assert.Contains('"', openings);
        Assert.Contains('|', openings);
        Assert.Contains(openings, c => c is not ('\'' or '"' or '|'));
    }

    private static string Generate(Random random)
    {
        var pieces = random.Next(0, 7);
        var text = "";
        for (var i = 0; i < pieces; i++) text += Pieces[random.Next(Pieces.Length)];
        return text;
    }

    /// <summary>The string as a mapping value, a sequence item, and deeper values, so block scalars meet each indentation.</summary>
    private static YamlMapping AsValues(string text)
    {
        var items = new YamlSequence();
        items.Add(YamlScalar.String(text));
        var nestedItems = new YamlSequence();
        nestedItems.Add(items);
        nestedItems.Add(Trees.Mapping(("deep", YamlScalar.String(text)), ("after", YamlScalar.String("end"))));
        return Trees.Mapping(
            ("value", YamlScalar.String(text)),
            ("items", items),
            ("nested", Trees.Mapping(("inner", nestedItems))),
            ("last", YamlScalar.String("end")));
    }

    private static void AssertRoundTrip(YamlMapping tree)
    {
        var yaml = YamlWriter.Write(tree);
        try
        {
            YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"{exception.Message}\n--- written ---\n{yaml}---", exception);
        }
    }
}
