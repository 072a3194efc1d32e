namespace K8sTyped.Tests.Dsl;

public class LabelsTests
{
    [Fact]
    public void Of_pairs_keeps_the_given_order_and_the_last_value_of_a_repeated_key()
    {
        var labels = Labels.Of(("app", "mariadb"), ("tier", "db"), ("app", "galera"));

        Assert.Equal(["app", "tier"], labels.Keys);
        Assert.Equal("galera", labels["app"]);
        Assert.Equal(2, labels.Count);
    }

    [Fact]
    public void And_returns_a_new_set_and_leaves_the_original_unchanged()
    {
        var app = Labels.Of("app", "mariadb");
        var both = app.And("tier", "db");

        Assert.Single(app);
        Assert.Equal("db", both["tier"]);
        Assert.False(app.ContainsKey("tier"));
    }

    [Fact]
    public void And_with_a_label_set_merges_with_the_other_set_winning()
    {
        var merged = Labels.Of(("app", "mariadb"), ("tier", "db")).And(Labels.Of(("tier", "cache"), ("zone", "a")));

        Assert.Equal(Labels.Of(("app", "mariadb"), ("tier", "cache"), ("zone", "a")), merged);
        Assert.Equal(["app", "tier", "zone"], merged.Keys);
    }

    [Fact]
    public void Equality_ignores_order_but_not_values()
    {
        var a = Labels.Of("app", "mariadb").And("tier", "db");
        var b = Labels.Of("tier", "db").And("app", "mariadb");
        var c = Labels.Of("app", "mariadb").And("tier", "cache");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
    }

    [Fact]
    public void Is_a_read_only_dictionary_with_kubectl_style_text()
    {
        IReadOnlyDictionary<string, string> labels = Labels.Of("app", "mariadb").And("tier", "db");

        Assert.True(labels.TryGetValue("tier", out var tier));
        Assert.Equal("db", tier);
        Assert.False(labels.TryGetValue("missing", out _));
        Assert.Equal("app=mariadb,tier=db", labels.ToString());
        Assert.Throws<KeyNotFoundException>(() => labels["missing"]);
    }

    [Fact]
    public void Empty_keys_are_programming_errors()
    {
        var error = Assert.Throws<ArgumentException>(() => Labels.Of("", "x"));
        Assert.Equal("key", error.ParamName);
    }
}
