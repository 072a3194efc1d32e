using K8sTyped.Rules.Schema;

namespace K8sTyped.Tests.Rules.Schema;

public class ClosestValueTests
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
        Assert.Equal(expected, ClosestValue.Find(value, s_accessModes));

    [Fact]
    public void Never_suggests_the_empty_value() =>
        Assert.Equal("File", ClosestValue.Find("Fil", ["", "File", "Socket"]));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("retain", "retian", 2)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestValue.EditDistance(a, b));
        Assert.Equal(expected, ClosestValue.EditDistance(b, a));
    }
}
