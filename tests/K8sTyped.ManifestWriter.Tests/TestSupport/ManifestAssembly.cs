using K8sTyped.Build;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K8sTyped.ManifestWriter.Tests.TestSupport;

/// <summary>
/// Compiles a small library of manifest attributes and classes, the way the generator's output ends up in a user's
/// assembly, and writes it to disk for the writer to read.
/// </summary>
internal static class ManifestAssembly
{
    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>An attribute line for the real <see cref="GeneratedManifestAttribute"/>.</summary>
    public static string Entry(string application, string layout, string fileName, string content) =>
        $"[assembly: global::K8sTyped.Build.GeneratedManifest({Literal(application)}, {Literal(layout)}, {Literal(fileName)}, {Literal(content)})]";

    /// <summary>
    /// A class as the generator writes it: the real <see cref="GeneratedApplicationAttribute"/> and the
    /// <c>ManifestYaml</c> constant, in the namespace <c>Shop</c>.
    /// </summary>
    public static string Application(string className, string application, string fileName, string manifest, params string[] objectFileNames) =>
        $"namespace Shop {{ [global::K8sTyped.Build.GeneratedApplication({Literal(application)}, {Literal(fileName)}"
        + string.Concat(objectFileNames.Select(name => ", " + Literal(name)))
        + $")] public static partial class {className} {{ public const string ManifestYaml = {Literal(manifest)}; }} }}";

    public static string Compile(string directory, params string[] sourceLines)
    {
        string name = "Manifests" + Guid.NewGuid().ToString("N");
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(string.Join("\n", sourceLines))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));

        string path = Path.Combine(directory, name + ".dll");
        using (FileStream stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        return path;
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static MetadataReference[] LoadReferences()
    {
        // The reference pack of the running runtime's major version, the same assemblies a user's build compiles against; the dotnet root is
        // three folders above the shared framework folder (shared/Microsoft.NETCore.App/<version>).
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        string major = Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? referenceDirectory = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, major + ".*")
                .Select(version => Path.Combine(version, "ref", "net" + major + ".0"))
                .Where(Directory.Exists)
                .OrderByDescending(path => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))!)))
                .FirstOrDefault()
            : null;
        Assert.True(referenceDirectory is not null, $"no Microsoft.NETCore.App.Ref {major}.* reference pack under {packs}");

        return
        [
            MetadataReference.CreateFromFile(Path.Combine(referenceDirectory, "System.Runtime.dll")),
            // K8sTyped.dll targets netstandard2.0, so its types are resolved through the netstandard facade.
            MetadataReference.CreateFromFile(Path.Combine(referenceDirectory, "netstandard.dll")),
            MetadataReference.CreateFromFile(typeof(GeneratedManifestAttribute).Assembly.Location),
        ];
    }
}
