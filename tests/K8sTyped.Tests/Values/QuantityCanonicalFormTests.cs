namespace K8sTyped.Tests.Values;

/// <summary>The canonical form, from apimachinery quantity_test.go (TestQuantityString, TestQuantityParseEmit).</summary>
public class QuantityCanonicalFormTests
{
    public static TheoryData<string, QuantityFormat, string> GoStringTable => new()
    {
        { "1073741824", QuantityFormat.BinarySI, "1Gi" },
        { "314572800", QuantityFormat.BinarySI, "300Mi" },
        { "6144", QuantityFormat.BinarySI, "6Ki" },
        { "1074815565824", QuantityFormat.BinarySI, "1001Gi" },
        { "1099511627776", QuantityFormat.BinarySI, "1Ti" },
        { "5", QuantityFormat.BinarySI, "5" },
        { "0.5", QuantityFormat.BinarySI, "500m" },
        { "1000000000", QuantityFormat.DecimalSI, "1G" },
        { "0.001", QuantityFormat.DecimalSI, "1m" },
        { "0.08", QuantityFormat.DecimalSI, "80m" },
        { "1.08", QuantityFormat.DecimalSI, "1080m" },
        { "300000000", QuantityFormat.DecimalSI, "300M" },
        { "1000000000000", QuantityFormat.DecimalSI, "1T" },
        { "1234567000000", QuantityFormat.DecimalSI, "1234567M" },
        { "1234.567", QuantityFormat.BinarySI, "1234567m" },
        { "3000", QuantityFormat.DecimalSI, "3k" },
        { "1025", QuantityFormat.BinarySI, "1025" },
        { "0", QuantityFormat.DecimalSI, "0" },
        { "0", QuantityFormat.BinarySI, "0" },
        { "1000000000", QuantityFormat.DecimalExponent, "1e9" },
        { "0.001", QuantityFormat.DecimalExponent, "1e-3" },
        { "0.000000001", QuantityFormat.DecimalExponent, "1e-9" },
        { "0.08", QuantityFormat.DecimalExponent, "80e-3" },
        { "300000000", QuantityFormat.DecimalExponent, "300e6" },
        { "1000000000000", QuantityFormat.DecimalExponent, "1e12" },
        { "1000", QuantityFormat.DecimalExponent, "1e3" },
        { "3000", QuantityFormat.DecimalExponent, "3e3" },
        { "0", QuantityFormat.DecimalExponent, "0" },
        { "0.000000001", QuantityFormat.DecimalSI, "1n" },
        { "0.00000008", QuantityFormat.DecimalSI, "80n" },
        { "0.00000108", QuantityFormat.DecimalSI, "1080n" },
        { "0.000001", QuantityFormat.DecimalSI, "1u" },
        { "0.00008", QuantityFormat.DecimalSI, "80u" },
        { "0.00108", QuantityFormat.DecimalSI, "1080u" },
    };

    // Other spellings Go lists for the same values; each must canonicalize to the form beside it.
    public static TheoryData<string, string> GoAlternateSpellings => new()
    {
        { "1024Mi", "1Gi" },
        { "307200Ki", "300Mi" },
        { "1025024Mi", "1001Gi" },
        { "1024Gi", "1Ti" },
        { "5000m", "5" },
        { "0.5", "500m" },
        { "1000M", "1G" },
        { "0.001T", "1G" },
        { "1000u", "1m" },
        { "1.08", "1080m" },
        { "1080000000n", "1080m" },
        { ".001e12", "1e9" },
        { "0.001e0", "1e-3" },
        { "1000e-12", "1e-9" },
        { "00", "0" },
    };

    [Theory]
    [MemberData(nameof(GoStringTable))]
    public void Value_in_a_format_has_the_api_servers_canonical_form(string value, QuantityFormat format, string canonical)
    {
        var quantity = Quantity.FromDecimal(Decimal(value), format);

        Assert.Equal(canonical, quantity.ToCanonicalString());
        Assert.Equal(canonical, quantity.ToString());
    }

    [Theory]
    [MemberData(nameof(GoStringTable))]
    public void Negative_values_canonicalize_with_a_leading_minus(string value, QuantityFormat format, string canonical)
    {
        var quantity = Quantity.FromDecimal(-Decimal(value), format);

        Assert.Equal(canonical == "0" ? "0" : "-" + canonical, quantity.ToCanonicalString());
    }

    [Theory]
    [MemberData(nameof(GoStringTable))]
    public void Canonical_text_is_a_fixed_point(string value, QuantityFormat format, string canonical)
    {
        var parsed = Quantity.Parse(canonical);

        Assert.Equal(canonical, parsed.ToCanonicalString());
        Assert.Equal(Quantity.FromDecimal(Decimal(value), format), parsed);
    }

    [Theory]
    [MemberData(nameof(GoAlternateSpellings))]
    public void Alternate_spellings_canonicalize_like_the_api_server(string alternate, string canonical)
    {
        Assert.Equal(canonical, Quantity.Parse(alternate).ToCanonicalString());
    }

    [Theory]
    [InlineData("1Ki", "1Ki")]
    [InlineData("1Mi", "1Mi")]
    [InlineData("1Gi", "1Gi")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1000M", "1G")]
    [InlineData(".001Ki", "1024m")]
    [InlineData(".000001Ki", "1024u")]
    [InlineData(".000000001Ki", "1024n")]
    [InlineData(".000000000001Ki", "2n")]
    // Examples from the Quantity documentation and common manifests.
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("1.5", "1500m")]
    [InlineData("1000Mi", "1000Mi")]
    [InlineData("0.5Gi", "512Mi")]
    [InlineData("1.5Ki", "1536")]
    [InlineData("100m", "100m")]
    [InlineData("1k", "1k")]
    [InlineData("1000", "1k")]
    [InlineData("1e3", "1e3")]
    [InlineData("1.2e3", "1200")]
    [InlineData("100.035Ki", "102435840m")]
    [InlineData("100E", "100E")]
    [InlineData("1000E", "1e21")] // beyond the largest SI suffix: the exponent form (kubernetes/kubernetes#140459)
    [InlineData("1000000000000000000000", "1e21")]
    public void Parsed_text_canonicalizes_like_the_api_server(string text, string canonical)
    {
        Assert.Equal(canonical, Quantity.Parse(text).ToCanonicalString());
        Assert.Equal("-" + canonical, Quantity.Parse("-" + text).ToCanonicalString());
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("0Gi")]
    [InlineData("-0.000e5")]
    public void Zero_is_written_without_sign_or_suffix(string text)
    {
        Assert.Equal("0", Quantity.Parse(text).ToCanonicalString());
    }

    [Fact]
    public void Canonical_form_parses_back_to_the_same_value_and_format()
    {
        foreach (var text in new[] { "1.5Gi", "0.3", "123456789.123456789k", "7Ei", "12E", "1.1E-9", "-2.5e7" })
        {
            var quantity = Quantity.Parse(text);
            var reparsed = Quantity.Parse(quantity.ToCanonicalString());

            Assert.Equal(quantity, reparsed);
            Assert.Equal(quantity.Format, reparsed.Format);
        }
    }

    private static decimal Decimal(string value) =>
        decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
