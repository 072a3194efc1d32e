using K8sTyped.Yaml;
using static K8sTyped.Tests.Yaml.Writing.Trees;

namespace K8sTyped.Tests.Yaml.Writing;

/// <summary>Exact output for representative trees: kubectl-style block layout, empty collections, documents.</summary>
public class YamlLayoutGoldenTests
{
    [Fact]
    public void Stateful_set_is_laid_out_like_kubectl()
    {
        var container = Mapping(
            ("name", S("postgres")),
            ("image", S("postgres:16")),
            ("args", Sequence(S("-c"), S("max_connections=200"))),
            ("ports", Sequence(Mapping(("containerPort", new YamlScalar("5432", YamlScalarKind.Integer)), ("name", S("pg"))))),
            ("env", new YamlSequence()));
        var tree = Mapping(
            ("apiVersion", S("apps/v1")),
            ("kind", S("StatefulSet")),
            ("metadata", Mapping(
                ("name", S("db")),
                ("labels", Mapping(("app", S("db")), ("tier", S("1")))),
                ("annotations", new YamlMapping()))),
            ("spec", Mapping(
                ("replicas", new YamlScalar("3", YamlScalarKind.Integer)),
                ("paused", new YamlScalar("false", YamlScalarKind.Boolean)),
                ("ratio", new YamlScalar("0.75", YamlScalarKind.Float)),
                ("owner", new YamlScalar("null", YamlScalarKind.Null)),
                ("template", Mapping(("spec", Mapping(
                    ("containers", Sequence(container)),
                    ("volumes", Sequence(Mapping(("name", S("scratch")), ("emptyDir", new YamlMapping())))))))))));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
              labels:
                app: db
                tier: '1'
              annotations: {}
            spec:
              replicas: 3
              paused: false
              ratio: 0.75
              owner: null
              template:
                spec:
                  containers:
                  - name: postgres
                    image: postgres:16
                    args:
                    - '-c'
                    - max_connections=200
                    ports:
                    - containerPort: 5432
                      name: pg
                    env: []
                  volumes:
                  - name: scratch
                    emptyDir: {}

            """.Replace("\r\n", "\n"), yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Fact]
    public void Nested_sequences_put_the_first_item_on_the_dash_line()
    {
        var tree = Mapping(("matrix", Sequence(
            Sequence(S("a"), S("b")),
            new YamlSequence(),
            new YamlMapping(),
            Sequence(Mapping(("x", S("1y")), ("z", S("w")))),
            Sequence(Sequence(S("deep"))))));

        var yaml = YamlWriter.Write(tree);

        Assert.Equal(
            """
            matrix:
            - - a
              - b
            - []
            - {}
            - - x: 1y
                z: w
            - - - deep

            """.Replace("\r\n", "\n"), yaml);
        YamlDotNetOracle.AssertSameTree(tree, YamlDotNetOracle.ParseSingle(yaml));
    }

    [Fact]
    public void Root_collections_and_scalars()
    {
        Assert.Equal("{}\n", YamlWriter.Write(new YamlMapping()));
        Assert.Equal("[]\n", YamlWriter.Write(new YamlSequence()));
        Assert.Equal("- a\n- 'yes'\n", YamlWriter.Write(Sequence(S("a"), S("yes"))));
        Assert.Equal("hello\n", YamlWriter.Write(S("hello")));
        Assert.Equal("''\n", YamlWriter.Write(S("")));
        Assert.Equal("null\n", YamlWriter.Write(new YamlScalar("null", YamlScalarKind.Null)));
    }

    [Fact]
    public void Documents_are_separated_by_dashes_without_a_leading_marker()
    {
        var documents = new YamlNode[] { Mapping(("a", S("one"))), Mapping(("b", new YamlSequence())), S("---") };

        var yaml = YamlWriter.Write(documents);

        Assert.Equal("a: one\n---\nb: []\n---\n'---'\n", yaml);
        var parsed = YamlDotNetOracle.Parse(yaml);
        Assert.Equal(documents.Length, parsed.Count);
        for (var i = 0; i < documents.Length; i++) YamlDotNetOracle.AssertSameTree(documents[i], parsed[i].RootNode);
    }

    [Fact]
    public void Stream_of_one_document_equals_the_document_and_no_documents_is_empty()
    {
        var document = Mapping(("a", Sequence(S("b"))));

        Assert.Equal(YamlWriter.Write(document), YamlWriter.Write([document]));
        Assert.Equal("", YamlWriter.Write(Array.Empty<YamlNode>()));
    }

    [Fact]
    public void Non_string_keys_are_written_bare()
    {
        var tree = new YamlMapping();
        tree.Add(new YamlScalar("80", YamlScalarKind.Integer), S("http"));
        tree.Add(new YamlScalar("true", YamlScalarKind.Boolean), S("on"));

        Assert.Equal("80: http\ntrue: 'on'\n", YamlWriter.Write(tree));
    }
}
