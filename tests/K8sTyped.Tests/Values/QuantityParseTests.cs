using System.Globalization;

namespace K8sTyped.Tests.Values;

/// <summary>The parse table of apimachinery quantity_test.go (TestQuantityParse): value and format after parsing.</summary>
public class QuantityParseTests
{
    public static TheoryData<string, string, QuantityFormat> GoParseTable => new()
    {
        { "0", "0", QuantityFormat.DecimalSI },
        { "0n", "0", QuantityFormat.DecimalSI },
        { "0u", "0", QuantityFormat.DecimalSI },
        { "0m", "0", QuantityFormat.DecimalSI },
        { "0Ki", "0", QuantityFormat.BinarySI },
        { "0k", "0", QuantityFormat.DecimalSI },
        { "0Mi", "0", QuantityFormat.BinarySI },
        { "0M", "0", QuantityFormat.DecimalSI },
        { "0Gi", "0", QuantityFormat.BinarySI },
        { "0G", "0", QuantityFormat.DecimalSI },
        { "0Ti", "0", QuantityFormat.BinarySI },
        { "0T", "0", QuantityFormat.DecimalSI },

        { "1", "1", QuantityFormat.DecimalSI },

        { "1Ki", "1024", QuantityFormat.BinarySI },
        { "8Ki", "8192", QuantityFormat.BinarySI },
        { "7Mi", "7340032", QuantityFormat.BinarySI },
        { "6Gi", "6442450944", QuantityFormat.BinarySI },
        { "5Ti", "5497558138880", QuantityFormat.BinarySI },
        { "4Pi", "4503599627370496", QuantityFormat.BinarySI },
        { "3Ei", "3458764513820540928", QuantityFormat.BinarySI },
        { "10Ti", "10995116277760", QuantityFormat.BinarySI },
        { "100Ti", "109951162777600", QuantityFormat.BinarySI },

        { "5n", "0.000000005", QuantityFormat.DecimalSI },
        { "4u", "0.000004", QuantityFormat.DecimalSI },
        { "3m", "0.003", QuantityFormat.DecimalSI },
        { "9", "9", QuantityFormat.DecimalSI },
        { "8k", "8000", QuantityFormat.DecimalSI },
        { "50k", "50000", QuantityFormat.DecimalSI },
        { "7M", "7000000", QuantityFormat.DecimalSI },
        { "6G", "6000000000", QuantityFormat.DecimalSI },
        { "5T", "5000000000000", QuantityFormat.DecimalSI },
        { "40T", "40000000000000", QuantityFormat.DecimalSI },
        { "300T", "300000000000000", QuantityFormat.DecimalSI },
        { "2P", "2000000000000000", QuantityFormat.DecimalSI },
        { "1E", "1000000000000000000", QuantityFormat.DecimalSI },

        { "1E-3", "0.001", QuantityFormat.DecimalExponent },
        { "1e3", "1000", QuantityFormat.DecimalExponent },
        { "1E6", "1000000", QuantityFormat.DecimalExponent },
        { "1e9", "1000000000", QuantityFormat.DecimalExponent },
        { "1E12", "1000000000000", QuantityFormat.DecimalExponent },
        { "1e15", "1000000000000000", QuantityFormat.DecimalExponent },
        { "1E18", "1000000000000000000", QuantityFormat.DecimalExponent },
        { "1e14", "100000000000000", QuantityFormat.DecimalExponent },
        { "1e13", "10000000000000", QuantityFormat.DecimalExponent },
        { "100.035k", "100035", QuantityFormat.DecimalSI },

        { "0.001", "0.001", QuantityFormat.DecimalSI },
        { "0.0005k", "0.5", QuantityFormat.DecimalSI },
        { "0.005", "0.005", QuantityFormat.DecimalSI },
        { "0.05", "0.05", QuantityFormat.DecimalSI },
        { "0.5", "0.5", QuantityFormat.DecimalSI },
        { "0.00050k", "0.5", QuantityFormat.DecimalSI },
        { "0.00500", "0.005", QuantityFormat.DecimalSI },
        { "0.05000", "0.05", QuantityFormat.DecimalSI },
        { "0.50000", "0.5", QuantityFormat.DecimalSI },
        { "0.5e0", "0.5", QuantityFormat.DecimalExponent },
        { "0.5e-1", "0.05", QuantityFormat.DecimalExponent },
        { "0.5e-2", "0.005", QuantityFormat.DecimalExponent },
        { "10.035M", "10035000", QuantityFormat.DecimalSI },

        { "1.2e3", "1200", QuantityFormat.DecimalExponent },
        { "1.3E+6", "1300000", QuantityFormat.DecimalExponent },
        { "1.40e9", "1400000000", QuantityFormat.DecimalExponent },
        { "1.53E12", "1530000000000", QuantityFormat.DecimalExponent },
        { "1.6e15", "1600000000000000", QuantityFormat.DecimalExponent },
        { "1.7E18", "1700000000000000000", QuantityFormat.DecimalExponent },

        { "9.01", "9.01", QuantityFormat.DecimalSI },
        { "8.1k", "8100", QuantityFormat.DecimalSI },
        { "7.123456M", "7123456", QuantityFormat.DecimalSI },
        { "6.987654321G", "6987654321", QuantityFormat.DecimalSI },
        { "5.444T", "5444000000000", QuantityFormat.DecimalSI },
        { "40.1T", "40100000000000", QuantityFormat.DecimalSI },
        { "300.2T", "300200000000000", QuantityFormat.DecimalSI },
        { "2.5P", "2500000000000000", QuantityFormat.DecimalSI },
        { "1.01E", "1010000000000000000", QuantityFormat.DecimalSI },

        // Things that saturate or round: up to whole nano units, binary capped at 2^63-1, decimal not capped.
        { "3.001n", "0.000000004", QuantityFormat.DecimalSI },
        { "1.1E-9", "0.000000002", QuantityFormat.DecimalExponent },
        { "0.0000000001", "0.000000001", QuantityFormat.DecimalSI },
        { "0.0000000005", "0.000000001", QuantityFormat.DecimalSI },
        { "0.00000000050", "0.000000001", QuantityFormat.DecimalSI },
        { "0.5e-9", "0.000000001", QuantityFormat.DecimalExponent },
        { "0.9n", "0.000000001", QuantityFormat.DecimalSI },
        { "0.00000012345", "0.000000124", QuantityFormat.DecimalSI },
        { "0.00000012354", "0.000000124", QuantityFormat.DecimalSI },
        { "9Ei", "9223372036854775807", QuantityFormat.BinarySI },
        { "9223372036854775807Ki", "9223372036854775807", QuantityFormat.BinarySI },
        { "12E", "12000000000000000000", QuantityFormat.DecimalSI },

        { "100.035Ki", "102435.84", QuantityFormat.BinarySI },
        { "0.5Mi", "524288", QuantityFormat.BinarySI },
        { "0.05Gi", "53687091.2", QuantityFormat.BinarySI },
        { "0.025Ti", "27487790694.4", QuantityFormat.BinarySI },

        // Written by trolls: a binary fraction of one rounds up and becomes decimal.
        { "0.000000000001Ki", "0.000000002", QuantityFormat.DecimalSI },
        { ".001", "0.001", QuantityFormat.DecimalSI },
        { ".0001k", "0.1", QuantityFormat.DecimalSI },
        { "1.", "1", QuantityFormat.DecimalSI },
        { "1.G", "1000000000", QuantityFormat.DecimalSI },
    };

    [Theory]
    [MemberData(nameof(GoParseTable))]
    public void Parses_value_and_format_like_the_api_server(string text, string value, QuantityFormat format)
    {
        var quantity = Quantity.Parse(text);

        Assert.Equal(Decimal(value), quantity.ToDecimal());
        Assert.Equal(format, quantity.Format);
    }

    [Theory]
    [MemberData(nameof(GoParseTable))]
    public void Negative_text_parses_to_the_negated_value_with_the_same_format(string text, string value, QuantityFormat format)
    {
        var quantity = Quantity.Parse("-" + text);

        Assert.Equal(-Decimal(value), quantity.ToDecimal());
        Assert.Equal(format, quantity.Format);
    }

    [Theory]
    [MemberData(nameof(GoParseTable))]
    public void Explicit_plus_sign_changes_nothing(string text, string value, QuantityFormat format)
    {
        var quantity = Quantity.Parse("+" + text);

        Assert.Equal(Decimal(value), quantity.ToDecimal());
        Assert.Equal(format, quantity.Format);
    }

    [Theory]
    [InlineData("0.1m", "100u")] // the doc comment says 0.1m rounds to 1m; the code keeps nano resolution
    [InlineData("1n", "1n")]
    [InlineData("0.1n", "1n")]
    [InlineData("1e-2000000000", "1e-9")]
    [InlineData("-0.1n", "-1n")]
    public void Rounds_up_to_nano_units_not_to_milli_units(string text, string canonical)
    {
        Assert.Equal(canonical, Quantity.Parse(text).ToCanonicalString());
    }

    [Fact]
    public void Negative_binary_values_are_capped_in_magnitude()
    {
        var quantity = Quantity.Parse("-9Ei");

        Assert.Equal(long.MinValue + 1, quantity.Value);
        Assert.Equal("-9223372036854775807", quantity.ToCanonicalString());
    }

    [Fact]
    public void Huge_exponents_are_held_without_expanding_them()
    {
        var huge = Quantity.Parse("1e2000000000");

        Assert.Equal("100e1999999998", huge.ToCanonicalString()); // exponents are lowered to a multiple of 3
        Assert.True(huge > Quantity.Parse("9e1999999999"));
        Assert.Equal(long.MaxValue, huge.Value);
        Assert.Throws<OverflowException>(() => huge.ToDecimal());
    }

    private static decimal Decimal(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
