namespace K8sTyped.Tests.Values;

public class IntOrStringTests
{
    [Fact]
    public void Holds_an_integer()
    {
        IntOrString port = 8080;

        Assert.True(port.IsInt);
        Assert.Equal(8080, port.IntValue);
        Assert.Equal("8080", port.ToString());
        Assert.False(port.IsPercent);
        Assert.Throws<InvalidOperationException>(() => port.StringValue);
    }

    [Fact]
    public void Holds_a_string()
    {
        IntOrString port = "http";

        Assert.False(port.IsInt);
        Assert.Equal("http", port.StringValue);
        Assert.Equal("http", port.ToString());
        Assert.Throws<InvalidOperationException>(() => port.IntValue);
    }

    [Fact]
    public void Null_string_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new IntOrString((string)null!));
        Assert.Throws<ArgumentNullException>(() =>
        {
            IntOrString value = (string)null!;
            return value;
        });
    }

    [Fact]
    public void Default_is_the_integer_zero()
    {
        Assert.True(default(IntOrString).IsInt);
        Assert.Equal(new IntOrString(0), default);
        Assert.Equal("0", default(IntOrString).ToString());
    }

    [Fact]
    public void The_kind_is_part_of_equality()
    {
        var number = new IntOrString(8080);
        var text = new IntOrString("8080");

        Assert.True(number != text);
        Assert.False(number == text);
        Assert.False(number.Equals((object)text));
        Assert.NotEqual(new IntOrString(0), new IntOrString(""));
    }

    [Fact]
    public void Equal_values_are_equal_with_equal_hashes()
    {
        Assert.True(new IntOrString(80) == 80);
        Assert.Equal(new IntOrString(80).GetHashCode(), new IntOrString(80).GetHashCode());
        Assert.True(new IntOrString("25%") == "25%");
        Assert.Equal(new IntOrString("25%").GetHashCode(), new IntOrString("25" + "%").GetHashCode());
        Assert.NotEqual(new IntOrString("Http"), new IntOrString("http"));
    }

    [Theory]
    [InlineData("25%", true)]
    [InlineData("abc%", true)]
    [InlineData("25", false)]
    [InlineData("%25", false)]
    public void Is_percent_means_a_string_ending_in_percent(string value, bool isPercent)
    {
        Assert.Equal(isPercent, new IntOrString(value).IsPercent);
    }

    [Theory]
    // From intstr_test.go TestGetIntFromIntOrPercent and the rollout rounding it exists for.
    [InlineData("90%", 100, true, 90)]
    [InlineData("90%", 95, true, 86)]
    [InlineData("90%", 95, false, 85)]
    [InlineData("25%", 10, true, 3)]
    [InlineData("25%", 10, false, 2)]
    [InlineData("0%", 10, true, 0)]
    [InlineData("100%", 7, false, 7)]
    [InlineData("+50%", 3, false, 1)]
    [InlineData("-10%", 25, true, -2)]
    [InlineData("-10%", 25, false, -3)]
    [InlineData("150%", 4, true, 6)]
    public void Percentages_scale_the_total(string percent, int total, bool roundUp, int expected)
    {
        Assert.Equal(expected, new IntOrString(percent).GetScaledValue(total, roundUp));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Integers_are_returned_unscaled(bool roundUp)
    {
        Assert.Equal(3, new IntOrString(3).GetScaledValue(100, roundUp));
        Assert.Equal(-7, new IntOrString(-7).GetScaledValue(10, roundUp));
    }

    [Theory]
    [InlineData("90", "must be a percentage")]
    [InlineData("%", "integer followed by %")]
    [InlineData("abc%", "integer followed by %")]
    [InlineData("1.5%", "integer followed by %")]
    [InlineData(" 5%", "integer followed by %")]
    [InlineData("5 %", "integer followed by %")]
    [InlineData("+%", "integer followed by %")]
    [InlineData("99999999999%", "integer followed by %")]
    public void Bad_percentages_are_rejected(string value, string problem)
    {
        var exception = Assert.Throws<FormatException>(() => new IntOrString(value).GetScaledValue(10, roundUp: true));

        Assert.Contains(problem, exception.Message);
        Assert.Contains($"'{value}'", exception.Message);
    }

    [Fact]
    public void Shares_beyond_int_range_overflow()
    {
        Assert.Throws<OverflowException>(() => new IntOrString("1000%").GetScaledValue(int.MaxValue, roundUp: false));
    }
}
