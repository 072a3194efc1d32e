namespace K8sTyped.Tests.Values;

/// <summary>Value semantics, accessors, factories and conversions of <see cref="Quantity"/>.</summary>
public class QuantityValueTests
{
    [Theory]
    [InlineData("1Gi", "1024Mi")]
    [InlineData("1000M", "1G")]
    [InlineData("1.5", "1500m")]
    [InlineData("1e3", "1k")]
    [InlineData("0.5Gi", "512Mi")]
    [InlineData("0", "0Ki")]
    [InlineData("3.001n", "4n")]
    [InlineData("9Ei", "9223372036854775807")]
    [InlineData("-1.5Ki", "-1536")]
    public void Equal_values_are_equal_whatever_the_spelling(string left, string right)
    {
        var a = Quantity.Parse(left);
        var b = Quantity.Parse(right);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("1Gi", "1000Mi")]
    [InlineData("100m", "50m")]
    [InlineData("10000T", "100Gi")]
    [InlineData("1", "999999999n")]
    [InlineData("-1", "-2")]
    [InlineData("0", "-1n")]
    [InlineData("1e19", "9223372036854775807")]
    [InlineData("1.000000001", "1")]
    public void Larger_values_compare_greater(string larger, string smaller)
    {
        var a = Quantity.Parse(larger);
        var b = Quantity.Parse(smaller);

        Assert.True(a > b);
        Assert.True(a >= b);
        Assert.False(a < b);
        Assert.False(a <= b);
        Assert.True(a != b);
        Assert.Equal(1, a.CompareTo(b));
        Assert.Equal(-1, b.CompareTo(a));
    }

    [Fact]
    public void Sorting_orders_by_value()
    {
        // OrderBy is stable, so the equal 1G and 1e9 keep their input order.
        var sorted = new[] { "1Gi", "1G", "512Mi", "1e9", "-1", "0.5" }.Select(Quantity.Parse).OrderBy(q => q).Select(q => q.ToString());

        Assert.Equal(["-1", "0.5", "512Mi", "1G", "1e9", "1Gi"], sorted);
    }

    [Fact]
    public void Object_comparison_puts_null_first_and_rejects_other_types()
    {
        IComparable quantity = Quantity.Parse("1");

        Assert.Equal(1, quantity.CompareTo(null));
        Assert.Throws<ArgumentException>(() => quantity.CompareTo("1"));
        Assert.False(Quantity.Parse("1").Equals((object)"1"));
    }

    [Theory]
    [InlineData("1.5Gi")]
    [InlineData("1000Mi")]
    [InlineData("+1.G")]
    [InlineData(".5")]
    [InlineData("0.00050k")]
    [InlineData("1E-3")]
    [InlineData("007")]
    public void To_string_returns_the_text_as_written(string text)
    {
        Assert.Equal(text, Quantity.Parse(text).ToString());
    }

    [Fact]
    public void Default_is_zero_in_decimal_si()
    {
        var zero = default(Quantity);

        Assert.True(zero.IsZero);
        Assert.Equal(0, zero.Sign);
        Assert.Equal("0", zero.ToString());
        Assert.Equal("0", zero.ToCanonicalString());
        Assert.Equal(QuantityFormat.DecimalSI, zero.Format);
        Assert.Equal(Quantity.Parse("0Gi"), zero);
        Assert.Equal(Quantity.Parse("0Gi").GetHashCode(), zero.GetHashCode());
    }

    [Theory]
    [InlineData("1.5Gi", 1)]
    [InlineData("-1m", -1)]
    [InlineData("0.0", 0)]
    public void Sign_and_is_zero_follow_the_value(string text, int sign)
    {
        var quantity = Quantity.Parse(text);

        Assert.Equal(sign, quantity.Sign);
        Assert.Equal(sign == 0, quantity.IsZero);
    }

    [Theory]
    [InlineData("1", 1, 1000)]
    [InlineData("1500m", 2, 1500)]
    [InlineData("-1.5", -2, -1500)]
    [InlineData("9.01", 10, 9010)]
    [InlineData("-9.01", -10, -9010)]
    [InlineData("1n", 1, 1)]
    [InlineData("-1n", -1, -1)]
    [InlineData("1.0001m", 1, 2)]
    [InlineData("2Ki", 2048, 2048000)]
    [InlineData("9Ei", long.MaxValue, long.MaxValue)]
    [InlineData("-9Ei", long.MinValue + 1, long.MinValue)]
    [InlineData("12E", long.MaxValue, long.MaxValue)]
    [InlineData("-1e30", long.MinValue, long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue, long.MaxValue)]
    public void Value_and_milli_value_round_away_from_zero_and_saturate(string text, long value, long milliValue)
    {
        var quantity = Quantity.Parse(text);

        Assert.Equal(value, quantity.Value);
        Assert.Equal(milliValue, quantity.MilliValue);
    }

    [Theory]
    [InlineData("1.5Gi", "1610612736")]
    [InlineData("-100.035Ki", "-102435.84")]
    [InlineData("1n", "0.000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    public void To_decimal_is_exact(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Quantity.Parse(text).ToDecimal());
    }

    [Theory]
    [InlineData("79228162514264337593543950336")] // decimal.MaxValue + 1
    [InlineData("1e29")]
    [InlineData("79228162514264337593543950.3361")] // in range, but more than 96 bits of digits
    public void To_decimal_throws_rather_than_lose_digits(string text)
    {
        Assert.Throws<OverflowException>(() => Quantity.Parse(text).ToDecimal());
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "1")]
    [InlineData(1000, "1k")] // below 1Ki the canonical form is decimal, as in quantity.go
    [InlineData(1024, "1Ki")]
    [InlineData(1536, "1536")]
    [InlineData(1073741824, "1Gi")]
    [InlineData(-1048576, "-1Mi")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    public void From_bytes_is_binary(long bytes, string canonical)
    {
        var quantity = Quantity.FromBytes(bytes);

        Assert.Equal(canonical, quantity.ToString());
        Assert.Equal(bytes, quantity.Value);
    }

    [Fact]
    public void From_decimal_normalises_like_parsing()
    {
        Assert.Equal("1500m", Quantity.FromDecimal(1.5m, QuantityFormat.DecimalSI).ToString());
        Assert.Equal("1500e-3", Quantity.FromDecimal(1.5m, QuantityFormat.DecimalExponent).ToString());
        Assert.Equal("2n", Quantity.FromDecimal(0.0000000011m, QuantityFormat.DecimalSI).ToString());
        Assert.Equal(QuantityFormat.DecimalSI, Quantity.FromDecimal(0.5m, QuantityFormat.BinarySI).Format);
        Assert.Equal(long.MaxValue, Quantity.FromDecimal(decimal.MaxValue, QuantityFormat.BinarySI).Value);
        Assert.Equal("79228162514264337593543950335", Quantity.FromDecimal(decimal.MaxValue, QuantityFormat.DecimalSI).ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Integers_convert_implicitly_to_decimal_si()
    {
        Quantity fromInt = 2000;
        Quantity fromLong = 3_000_000_000L;

        Assert.Equal("2k", fromInt.ToString());
        Assert.Equal(QuantityFormat.DecimalSI, fromInt.Format);
        Assert.Equal("3G", fromLong.ToString());
        Assert.Equal(3_000_000_000L, fromLong.Value);
    }

    [Fact]
    public void Strings_convert_implicitly_keeping_the_text()
    {
        Quantity memory = "1.5Gi";

        Assert.Equal("1.5Gi", memory.ToString());
        Assert.Equal(Quantity.Parse("1536Mi"), memory);
    }
}
