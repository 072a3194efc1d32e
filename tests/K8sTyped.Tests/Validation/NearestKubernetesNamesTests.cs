using K8sTyped.Validation;

namespace K8sTyped.Tests.Validation;

/// <summary>
/// The nearest valid name for each grammar: the result always passes the grammar's own check, and a valid name is
/// left as it is.
/// </summary>
public class NearestKubernetesNamesTests
{
    [Theory]
    [InlineData("My_DB", "my-db")]
    [InlineData("MariaDB", "mariadb")]
    [InlineData("db.primary", "db-primary")]
    [InlineData("--data--", "data")]
    [InlineData("_tmp volume_", "tmp-volume")]
    [InlineData("1-db", "1-db")]
    [InlineData("data", "data")]
    public void Dns1123_label(string name, string nearest)
    {
        Assert.Equal(nearest, NearestKubernetesNames.Dns1123Label(name));
        Assert.Null(KubernetesNames.CheckDns1123Label(nearest));
    }

    [Theory]
    [InlineData("1-DB", "db")]
    [InlineData("9db-headless", "db-headless")]
    [InlineData("Db_Headless", "db-headless")]
    [InlineData("mariadb", "mariadb")]
    public void Dns1035_label_starts_with_a_letter(string name, string nearest)
    {
        Assert.Equal(nearest, NearestKubernetesNames.Dns1035Label(name));
        Assert.Null(KubernetesNames.CheckDns1035Label(nearest));
    }

    [Theory]
    [InlineData("Config.Example_COM", "config.example-com")]
    [InlineData(".a..b.", "a.b")]
    [InlineData("-web-.-api-", "web.api")]
    [InlineData("app-config", "app-config")]
    public void Dns1123_subdomain_keeps_dots_between_labels(string name, string nearest)
    {
        Assert.Equal(nearest, NearestKubernetesNames.Dns1123Subdomain(name));
        Assert.Null(KubernetesNames.CheckDns1123Subdomain(nearest));
    }

    [Fact]
    public void A_name_too_long_is_cut_to_the_limit_and_never_ends_in_a_hyphen()
    {
        // 62 letters then "-x": cut to 63 the name would end in '-', so the hyphen goes too.
        var name = new string('a', 62) + "-x";
        var label = NearestKubernetesNames.Dns1123Label(name);
        Assert.Equal(new string('a', 62), label);
        Assert.Null(KubernetesNames.CheckDns1123Label(label!));

        var subdomain = NearestKubernetesNames.Dns1123Subdomain(new string('a', 252) + ".b.c");
        Assert.Equal(new string('a', 252), subdomain);
        Assert.Null(KubernetesNames.CheckDns1123Subdomain(subdomain!));
    }

    [Theory]
    [InlineData("___")]
    [InlineData("")]
    [InlineData("...")]
    public void Nothing_usable_gives_null(string name)
    {
        Assert.Null(NearestKubernetesNames.Dns1123Label(name));
        Assert.Null(NearestKubernetesNames.Dns1035Label(name));
        Assert.Null(NearestKubernetesNames.Dns1123Subdomain(name));
    }

    [Fact]
    public void A_name_of_digits_has_no_DNS_1035_form() => Assert.Null(NearestKubernetesNames.Dns1035Label("123"));
}
