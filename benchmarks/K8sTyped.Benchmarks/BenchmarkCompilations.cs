using System.Collections.Immutable;
using System.Text;
using K8sTyped.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Benchmarks;

/// <summary>The projects the benchmarks run the generator on, compiled in memory against the SDK's reference pack.</summary>
internal static class BenchmarkCompilations
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public const string GlobalUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    /// <summary>One manifest class with <paramref name="resources"/> DSL resources (Services and Deployments with pod lambdas), a helper file and an unrelated file.</summary>
    public static CSharpCompilation Synthetic(int resources)
    {
        var manifests = new StringBuilder("using K8sTyped;\n\nnamespace Synthetic;\n\n[KubernetesManifests(Namespace = \"synthetic\")]\npublic static partial class SyntheticManifests\n{\n");
        for (var i = 0; i < resources; i++)
        {
            manifests.Append(i % 2 == 0
                ? $"    public static readonly Service Service{i} = Service.ClusterIP(\"svc-{i}\").Selecting(Labels.Of(\"app\", \"app-{i}\")).Port(\"http\", Helpers.Port({i}));\n"
                : $"    public static readonly Deployment Deployment{i} = Deployment.Named(\"dep-{i}\").Replicas(Helpers.Replicas({i})).Pods(Labels.Of(\"app\", \"app-{i}\"), pod => pod.Container(\"web\", \"nginx:1.27\", c => c.Port(\"http\", 8080).Env(\"INDEX\", \"{i}\")));\n");
        }

        manifests.Append("}\n");
        return Create(manifests.ToString(), UnitHelpers, Unrelated(0));
    }

    /// <summary>
    /// One manifest class whose <c>Build()</c> method adds <paramref name="units"/> units to an application (a unit: a
    /// Service, or a Deployment with a pod lambda, alternately), with a <c>for</c> loop or written out one statement per
    /// unit (<paramref name="explicitCode"/>), as a generated or hand-expanded project would.
    /// </summary>
    public static CSharpCompilation Units(int units, bool explicitCode)
    {
        var body = new StringBuilder();
        if (explicitCode)
        {
            for (var i = 0; i < units; i++)
                body.Append("        app.Add(").Append(Unit(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"\"{i}\"", i % 2 == 0)).Append(");\n");
        }
        else
        {
            body.Append($"        for (var i = 0; i < {units}; i++)\n")
                .Append("            app.Add(i % 2 == 0 ? ").Append(Unit("{i}", "$\"{i}\"", service: true)).Append(" : ").Append(Unit("{i}", "$\"{i}\"", service: false)).Append(");\n");
        }

        var manifests = "using K8sTyped;\n\nnamespace Synthetic;\n\n[KubernetesManifests]\npublic static partial class SyntheticManifests\n{\n"
            + "    public static readonly Application App = Build();\n\n"
            + "    private static Application Build()\n    {\n        var app = Application.Named(\"synthetic\").InNamespace(\"synthetic\");\n"
            + body
            + "        return app;\n    }\n}\n";
        return Create(manifests, UnitHelpers, Unrelated(0));
    }

    // One unit's expression: index is how the index appears inside a string literal, indexText the text of the index as a string.
    private static string Unit(string index, string indexText, bool service)
    {
        var interpolated = index.StartsWith('{') ? "$" : "";
        var number = index.StartsWith('{') ? "i" : index;
        return service
            ? $"(Resource)Service.ClusterIP({interpolated}\"svc-{index}\").Selecting(Labels.Of(\"app\", {interpolated}\"app-{index}\")).Port(\"http\", Helpers.Port({number}))"
            : $"Deployment.Named({interpolated}\"dep-{index}\").Replicas(Helpers.Replicas({number})).Pods(Labels.Of(\"app\", {interpolated}\"app-{index}\"), pod => pod.Container(\"web\", \"nginx:1.27\", c => c.Port(\"http\", 8080).Env(\"INDEX\", {indexText})))";
    }

    private const string UnitHelpers = """
        namespace Synthetic;

        internal static class Helpers
        {
            public static int Port(int index) => 8000 + index % 1000;

            public static int Replicas(int index) => index % 3 == 0 ? 3 : 2;
        }
        """;

    /// <summary>The units project with the image of its first Deployment changed to version <paramref name="minor"/> (an edit inside the manifests class).</summary>
    public static CSharpCompilation WithEditedUnit(CSharpCompilation compilation, int minor)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/Manifests.cs");
        var text = tree.GetText().ToString();
        var image = text.IndexOf("\"nginx:1.27\"", StringComparison.Ordinal);
        if (image < 0) throw new InvalidOperationException("The units project has no Deployment to edit.");
        text = text.Substring(0, image) + $"\"nginx:1.{minor}\"" + text.Substring(image + "\"nginx:1.27\"".Length);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, s_parseOptions, "/src/Manifests.cs"));
    }

    /// <summary>The MariaDB sample of the repository as a manifest class.</summary>
    public static CSharpCompilation MariaDb() =>
        Create(File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "MariaDb", "MariaDbManifests.cs")), MariaDbManifestClass, Unrelated(0));

    /// <summary>The manifest class of the MariaDB benchmarks: the sample's application.</summary>
    public const string MariaDbManifestClass =
        "using K8sTyped;\n\nnamespace MariaDb;\n\n[KubernetesManifests]\npublic static partial class MariaDbApp\n{\n    public static readonly Application App = MariaDbManifests.Build();\n}\n";

    /// <summary>A file no manifest reads; <paramref name="version"/> changes its body, as a keystroke would.</summary>
    public static string Unrelated(int version) => $"namespace Other;\n\ninternal static class Unrelated\n{{\n    public static int Answer() => {version};\n}}\n";

    /// <summary>
    /// The same project with its files parsed anew: the shared evaluation cache recognises syntax trees by identity, so
    /// a compilation of new trees is evaluated from scratch, as in a fresh compiler process.
    /// </summary>
    public static CSharpCompilation Reparsed(CSharpCompilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), s_parseOptions, t.FilePath)));

    /// <summary>The manifests file with one member's replica count changed, as an edit inside the manifests class.</summary>
    public static CSharpCompilation WithEditedMember(CSharpCompilation compilation, int replicas)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/Manifests.cs");
        var text = tree.GetText().ToString().Replace(".Replicas(Helpers.Replicas(1))", $".Replicas({replicas})");
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, s_parseOptions, "/src/Manifests.cs"));
    }

    public static CSharpCompilation WithUnrelated(CSharpCompilation compilation, int version)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/Unrelated.cs");
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Unrelated(version), s_parseOptions, "/src/Unrelated.cs"));
    }

    public static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: s_parseOptions);

    private static CSharpCompilation Create(string manifests, string helpers, string unrelated) =>
        CSharpCompilation.Create(
            "Bench",
            [
                CSharpSyntaxTree.ParseText(manifests, s_parseOptions, "/src/Manifests.cs"),
                CSharpSyntaxTree.ParseText(helpers, s_parseOptions, "/src/Helpers.cs"),
                CSharpSyntaxTree.ParseText(unrelated, s_parseOptions, "/src/Unrelated.cs"),
                CSharpSyntaxTree.ParseText(GlobalUsings, s_parseOptions, "/src/GlobalUsings.cs"),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
        var refDirectory = Directory.GetDirectories(packs).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "ref", "net10.0")).Last(Directory.Exists);
        return [.. Directory.GetFiles(refDirectory, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)),
            MetadataReference.CreateFromFile(typeof(KubernetesYaml).Assembly.Location)];
    });

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "K8sTyped.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("K8sTyped.sln not found.");
    }
}
