using K8sTyped.Text;

namespace K8sTyped.Tests.Text;

public class SuggestionsTests
{
    private static readonly string[] s_accessModes = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];

    [Theory]
    [InlineData("readwriteonce", "ReadWriteOnce")]
    [InlineData("READWRITEONCEPOD", "ReadWriteOncePod")]
    [InlineData("ReadWriteOnc", "ReadWriteOnce")]
    [InlineData("ReadOnlyMay", "ReadOnlyMany")]
    [InlineData("RWO", null)]
    [InlineData("Shared", null)]
    public void Suggests_the_same_letters_or_a_small_typo_and_nothing_else(string value, string? expected) =>
        Assert.Equal(expected, Suggestions.Best(value, s_accessModes));

    [Theory]
    [InlineData("replica", "replicas")]
    [InlineData("Replicas", "replicas")]
    [InlineData("ab", null)]
    public void Field_names_get_the_same_policy(string name, string? expected) =>
        Assert.Equal(expected, Suggestions.Best(name, ["replicas", "selector", "ab-c", "xy"]));

    [Fact]
    public void Closest_lists_every_close_candidate_best_first_and_never_the_name_itself() =>
        Assert.Equal(["mariadb", "mariadb-h"], Suggestions.Closest("mariadb-", ["mariadb-", "mariadb-h", "mariadb", "postgres"]));

    [Fact]
    public void Never_suggests_the_empty_value() =>
        Assert.Equal("File", Suggestions.Best("Fil", ["", "File", "Socket"]));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("retain", "retian", 2)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.EditDistance(a, b));
        Assert.Equal(expected, Suggestions.EditDistance(b, a));
    }
}
