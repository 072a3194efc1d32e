using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>In-memory compilations of test programs against the SDK's reference assemblies and K8sTyped.</summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation Create(params string[] sources) => Create(References, sources);

    // What the SDK's ImplicitUsings gives a console or library project.
    public const string GlobalUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    public static CSharpCompilation Create(IEnumerable<MetadataReference> references, params string[] sources) =>
        CSharpCompilation.Create(
            "TestApp" + Guid.NewGuid().ToString("N"),
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"/src/File{i}.cs"))
                .Append(CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, path: "/src/GlobalUsings.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpSyntaxTree Tree(string text, string path) => (CSharpSyntaxTree)CSharpSyntaxTree.ParseText(text, ParseOptions, path: path);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
        var refDirectory = Directory.Exists(packs)
            ? Directory.GetDirectories(packs).OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version()).Select(d => Path.Combine(d, "ref", "net10.0")).LastOrDefault(Directory.Exists)
            : null;
        var files = refDirectory is not null
            ? Directory.GetFiles(refDirectory, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll").ToArray();
        return [.. files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)), MetadataReference.CreateFromFile(typeof(KubernetesYaml).Assembly.Location)];
    }
}
