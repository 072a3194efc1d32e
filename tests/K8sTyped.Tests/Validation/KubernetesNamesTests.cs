using K8sTyped.Validation;

namespace K8sTyped.Tests.Validation;

/// <summary>
/// The name grammars against the API server's own examples and edge cases
/// (k8s.io/apimachinery/pkg/util/validation/validation_test.go): each valid value passes, each invalid one is
/// rejected with the API server's reason.
/// </summary>
public class KubernetesNamesTests
{
    private static readonly string s_63 = new('a', 63);
    private static readonly string s_64 = new('a', 64);

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("abc")]
    [InlineData("a1")]
    [InlineData("a-1")]
    [InlineData("a--1--2--b")]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("0-1")]
    [InlineData("my-name")]
    [InlineData("123-abc")]
    public void Dns1123_label_accepts(string value) => Assert.Null(KubernetesNames.CheckDns1123Label(value));

    [Fact]
    public void Dns1123_label_accepts_63_characters_and_rejects_64() 
    {
        Assert.Null(KubernetesNames.CheckDns1123Label(s_63));
        Assert.Equal("must be no more than 63 characters", KubernetesNames.CheckDns1123Label(s_64));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("ABC")]
    [InlineData("aBc")]
    [InlineData("-")]
    [InlineData("a-")]
    [InlineData("-a")]
    [InlineData("_")]
    [InlineData("a_b")]
    [InlineData("1 ")]
    [InlineData("a@b")]
    [InlineData("name\n")]
    public void Dns1123_label_rejects_with_the_grammar_message(string value) =>
        Assert.StartsWith("a lowercase RFC 1123 label must consist of", KubernetesNames.CheckDns1123Label(value));

    [Theory]
    [InlineData("a.b")]
    [InlineData("my.name")]
    public void Dns1123_label_says_dots_are_the_problem_when_the_value_is_a_subdomain(string value) =>
        Assert.Equal("must not contain dots", KubernetesNames.CheckDns1123Label(value));

    [Theory]
    [InlineData("a")]
    [InlineData("a.b.c.d.e")]
    [InlineData("aaa.bbb.ccc")]
    [InlineData("a--1--2--b.0--1")]
    [InlineData("example.com")]
    [InlineData("0.1")]
    public void Dns1123_subdomain_accepts(string value) => Assert.Null(KubernetesNames.CheckDns1123Subdomain(value));

    [Theory]
    [InlineData("")]
    [InlineData("A.a")]
    [InlineData("a.")]
    [InlineData(".a")]
    [InlineData("a..b")]
    [InlineData("a.-b")]
    [InlineData("a-.b")]
    [InlineData("a_b.c")]
    [InlineData("example.com\n")]
    public void Dns1123_subdomain_rejects_with_the_grammar_message(string value) =>
        Assert.StartsWith("a lowercase RFC 1123 subdomain must consist of", KubernetesNames.CheckDns1123Subdomain(value));

    [Fact]
    public void Dns1123_subdomain_accepts_253_characters_and_rejects_254()
    {
        var labels = string.Join(".", Enumerable.Repeat(s_63, 4)); // 4*63 + 3 dots = 255
        Assert.Equal(255, labels.Length);
        Assert.Null(KubernetesNames.CheckDns1123Subdomain(labels.Substring(0, 253)));
        Assert.Equal("must be no more than 253 characters", KubernetesNames.CheckDns1123Subdomain(labels.Substring(0, 254)));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("a1")]
    [InlineData("a-1")]
    [InlineData("a--1--2--b")]
    [InlineData("abc-123")]
    public void Dns1035_label_accepts(string value) => Assert.Null(KubernetesNames.CheckDns1035Label(value));

    [Theory]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("1-db")]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("a-")]
    [InlineData("a.b")]
    [InlineData("a_b")]
    public void Dns1035_label_rejects_a_leading_digit_and_the_label_mistakes(string value) =>
        Assert.StartsWith("a DNS-1035 label must consist of", KubernetesNames.CheckDns1035Label(value));

    [Fact]
    public void Dns1035_label_limits_length_to_63()
    {
        Assert.Null(KubernetesNames.CheckDns1035Label(s_63));
        Assert.Equal("must be no more than 63 characters", KubernetesNames.CheckDns1035Label(s_64));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("now-with-dashes")]
    [InlineData("1-starts-with-num")]
    [InlineData("1234")]
    [InlineData("simple/simple")]
    [InlineData("now-with-dashes/simple")]
    [InlineData("now-with-dashes/now-with-dashes")]
    [InlineData("now.with.dots/simple")]
    [InlineData("now-with.dashes-and.dots/simple")]
    [InlineData("1-num.2-num/3-num")]
    [InlineData("1234/5678")]
    [InlineData("1.2.3.4/5678")]
    [InlineData("Uppercase_Is_OK_123")]
    [InlineData("example.com/Uppercase_Is_OK_123")]
    [InlineData("app.kubernetes.io/name")]
    public void Label_key_accepts(string key) => Assert.Null(KubernetesNames.CheckLabelKey(key));

    [Theory]
    [InlineData("nospecialchars%^=@", "name part must consist of")]
    [InlineData("cantendwithadash-", "name part must consist of")]
    [InlineData("-cantstartwithadash-", "name part must consist of")]
    [InlineData("only/one/slash", "a qualified name must consist of")]
    [InlineData("//double", "a qualified name must consist of")]
    [InlineData("Example.com/abc", "prefix part a lowercase RFC 1123 subdomain must consist of")]
    [InlineData("example_com/abc", "prefix part a lowercase RFC 1123 subdomain must consist of")]
    [InlineData("example.com/", "name part must be non-empty")]
    [InlineData("/simple", "prefix part must be non-empty")]
    [InlineData("", "name part must be non-empty")]
    [InlineData("app\n", "name part must consist of")]
    public void Label_key_rejects_with_the_part_at_fault(string key, string reason) =>
        Assert.StartsWith(reason, KubernetesNames.CheckLabelKey(key));

    [Fact]
    public void Label_key_limits_the_name_to_63_and_the_prefix_to_253()
    {
        Assert.Null(KubernetesNames.CheckLabelKey(s_63));
        Assert.Equal("name part must be no more than 63 characters", KubernetesNames.CheckLabelKey(s_64));
        Assert.Null(KubernetesNames.CheckLabelKey("example.com/" + s_63));
        var longPrefix = string.Join(".", Enumerable.Repeat(s_63, 4)).Substring(0, 254);
        Assert.Equal("prefix part must be no more than 253 characters", KubernetesNames.CheckLabelKey(longPrefix + "/name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("now-with-dashes")]
    [InlineData("1-starts-with-num")]
    [InlineData("end-with-num-1")]
    [InlineData("1234")]
    [InlineData("Uppercase_Is_OK_123")]
    [InlineData("my.value")]
    public void Label_value_accepts(string value) => Assert.Null(KubernetesNames.CheckLabelValue(value));

    [Theory]
    [InlineData("nospecialchars%^=@")]
    [InlineData("Tama-nui-te-rā.Atua-o-te-awatea")]
    [InlineData("-starts-with-dash")]
    [InlineData("ends-with-dash-")]
    [InlineData(".starts.with.dot")]
    [InlineData("has space")]
    [InlineData("has/slash")]
    public void Label_value_rejects_with_the_grammar_message(string value) =>
        Assert.StartsWith("a valid label must be an empty string or consist of", KubernetesNames.CheckLabelValue(value));

    [Fact]
    public void Label_value_limits_length_to_63()
    {
        Assert.Null(KubernetesNames.CheckLabelValue(s_63));
        Assert.Equal("must be no more than 63 characters", KubernetesNames.CheckLabelValue(s_64));
    }

    [Theory]
    [InlineData("telnet")]
    [InlineData("re-mail-ck")]
    [InlineData("pop3")]
    [InlineData("a")]
    [InlineData("a-1")]
    [InlineData("1-a")]
    [InlineData("a-1-b-2-c")]
    [InlineData("1-a-2-b-3")]
    [InlineData("mysql-admin")]
    [InlineData("abcdefghijklmno")]
    public void Iana_service_name_accepts(string value) => Assert.Null(KubernetesNames.CheckIanaServiceName(value));

    [Theory]
    [InlineData("longerthan15characters", "must be no more than 15 characters")]
    [InlineData("abcdefghijklmnop", "must be no more than 15 characters")]
    [InlineData("", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("Telnet", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("port_name", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("http\n", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("metrics--http", "must not contain consecutive hyphens")]
    [InlineData("1234", "must contain at least one letter (a-z)")]
    [InlineData("80", "must contain at least one letter (a-z)")]
    [InlineData("-http", "must not begin or end with a hyphen")]
    [InlineData("http-", "must not begin or end with a hyphen")]
    public void Iana_service_name_rejects_with_the_api_servers_reason(string value, string reason) =>
        Assert.Equal(reason, KubernetesNames.CheckIanaServiceName(value));

    [Theory]
    [InlineData(1)]
    [InlineData(80)]
    [InlineData(65535)]
    public void Port_number_accepts_1_to_65535(int port) => Assert.Null(KubernetesNames.CheckPortNumber(port));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    [InlineData(int.MaxValue)]
    public void Port_number_rejects_outside_the_range(int port) =>
        Assert.Equal("must be between 1 and 65535, inclusive", KubernetesNames.CheckPortNumber(port));

    [Theory]
    [InlineData("system:controller:statefulset-controller")]
    [InlineData("Admin")]
    [InlineData("a.b")]
    [InlineData("...")]
    public void Path_segment_name_accepts_what_rbac_accepts(string value) => Assert.Null(KubernetesNames.CheckPathSegmentName(value));

    [Theory]
    [InlineData(".", "may not be '.'")]
    [InlineData("..", "may not be '..'")]
    [InlineData("team/admin", "may not contain '/'")]
    [InlineData("50%", "may not contain '%'")]
    public void Path_segment_name_rejects_what_cannot_be_a_url_segment(string value, string reason) =>
        Assert.Equal(reason, KubernetesNames.CheckPathSegmentName(value));
}
