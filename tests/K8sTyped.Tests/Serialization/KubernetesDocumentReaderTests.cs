using K8sTyped.Serialization;
using K8sTyped.Tests.Serialization.TestModels;
using K8sTyped.Yaml;
using static K8sTyped.Tests.Serialization.TreeBuilder;

namespace K8sTyped.Tests.Serialization;

public class KubernetesDocumentReaderTests
{
    private const string File = "all.yaml";

    [Fact]
    public void Each_document_becomes_an_object_of_the_kind_it_names_and_empty_documents_are_skipped()
    {
        var result = Read(
            Document(Object(1, "v1", "TestConfig", Entry("data", 4, 1, Map(5, 3, Entry("k", 5, 3, Str("v", 5, 6)))))),
            new YamlDocument(null, new SourceMark(6, 1)),
            Document(Object(8, "test.k8styped.io/v1", "TestApp")));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Equal("v", Assert.IsType<TestConfig>(result.Objects[0]).Data!["k"]);
        Assert.IsType<TestApp>(result.Objects[1]);
        Assert.Equal(2, result.Objects.Count);
    }

    [Fact]
    public void A_misspelt_kind_is_an_error_at_the_kind_with_a_suggestion_and_other_documents_are_still_read()
    {
        var result = Read(
            Document(Object(1, "test.k8styped.io/v1", "Testapp")),
            Document(Object(4, "v1", "TestConfig")));

        var error = Assert.Single(result.Errors);
        Assert.Equal("all.yaml:2:7: kind: unknown kind \"Testapp\" in test.k8styped.io/v1; did you mean \"TestApp\"?", error.ToString());
        Assert.IsType<TestConfig>(Assert.Single(result.Objects));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_kind_served_in_another_apiVersion_says_where_it_is()
    {
        var result = Read(Document(Object(1, "v1", "TestApp")));

        Assert.Equal("unknown kind \"TestApp\" in v1; TestApp is in test.k8styped.io/v1", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_unknown_apiVersion_suggests_the_closest_known_one()
    {
        var result = Read(Document(Object(1, "test.k8styped.io/v2", "Widget")));

        Assert.Equal("unknown apiVersion \"test.k8styped.io/v2\"; did you mean \"test.k8styped.io/v1\"?", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_unknown_kind_with_no_close_name_lists_the_kinds_of_its_apiVersion()
    {
        var result = Read(Document(Object(1, "v1", "Widget")));

        Assert.Equal("unknown kind \"Widget\" in v1; known: TestConfig", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Missing_apiVersion_and_kind_are_errors_at_the_object()
    {
        var result = Read(Document(Map(3, 1, Entry("metadata", 3, 1, Map(4, 3)))));

        Assert.Equal(
            [
                "all.yaml:3:1: missing apiVersion: every Kubernetes object needs apiVersion and kind",
                "all.yaml:3:1: missing kind: every Kubernetes object needs apiVersion and kind",
            ],
            result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_an_error()
    {
        var result = Read(Document(Seq(1, 1, Str("a", 1, 3))));

        Assert.Equal(
            "expected a Kubernetes object (a mapping with apiVersion and kind) but found a list",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_v1_List_contributes_its_items_with_paths_under_items()
    {
        var list = Object(1, "v1", "List", Entry("items", 4, 1, Seq(5, 1,
            Object(5, "v1", "TestConfig"),
            Object(8, "v1", "TestConfig", Entry("dta", 10, 3, Map(10, 8))))));

        var result = Read(Document(list));

        Assert.Equal(2, result.Objects.Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("items[1].dta", 10, 3), (error.Path, error.Line, error.Column));
        Assert.Equal("unknown field \"items[1].dta\"; did you mean \"data\"?", error.Message);
    }

    [Fact]
    public void Lenient_options_turn_unknown_fields_into_warnings()
    {
        var document = Document(Object(1, "v1", "TestConfig", Entry("dta", 4, 1, Map(4, 6))));

        var result = new KubernetesDocumentReader(TestConfig.AllTestKinds, new KubernetesReadOptions { Strict = false }).Read([document], File);

        Assert.True(result.Succeeded);
        Assert.Equal(KubernetesReadSeverity.Warning, Assert.Single(result.Errors).Severity);
        Assert.Single(result.Objects);
    }

    private static KubernetesReadResult Read(params YamlDocument[] documents) =>
        new KubernetesDocumentReader(TestConfig.AllTestKinds, new KubernetesReadOptions()).Read(documents, File);

    private static YamlDocument Document(YamlNode root) => new(root, root.Start);

    /// <summary>A mapping starting at <paramref name="line"/> with apiVersion on that line and kind on the next (kind's value at column 7).</summary>
    private static YamlMapping Object(int line, string apiVersion, string kind, params (YamlScalar Key, YamlNode Value)[] more) =>
        Map(line, 1, [Entry("apiVersion", line, 1, Str(apiVersion, line, 13)), Entry("kind", line + 1, 1, Str(kind, line + 1, 7)), .. more]);
}
