using System.Diagnostics;
using System.Text.RegularExpressions;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>
/// Compiles a source file with the C# compiler of the SDK running the tests (newer than the Roslyn the tests link), with
/// the generator and analyzers loaded as a project would load them: for what only a newer compiler binds, such as
/// <c>params ReadOnlySpan&lt;T&gt;</c> overloads (C# 13).
/// </summary>
internal static partial class SdkCompiler
{
    /// <summary>The compiler's output lines and the generated ManifestYaml of the class (null when none was generated).</summary>
    public static (IReadOnlyList<string> Output, string? ManifestYaml) Compile(string source)
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var csc = Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk"))
            .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
            .Select(d => Path.Combine(d, "Roslyn", "bincore", "csc.dll"))
            .LastOrDefault(File.Exists) ?? throw new InvalidOperationException($"No SDK compiler under {dotnetRoot}/sdk.");
        var work = Directory.CreateTempSubdirectory("k8styped-csc-").FullName;
        try
        {
            var file = Path.Combine(work, "File0.cs");
            File.WriteAllText(file, TestCompilation.GlobalUsings + source);
            var generated = Directory.CreateDirectory(Path.Combine(work, "generated", "K8sTyped.Generator", "K8sTyped.Generator.ManifestGenerator")).FullName;
            var library = typeof(KubernetesYaml).Assembly.Location;
            var arguments = new List<string>
            {
                csc, "-nologo", "-noconfig", "-nullable:enable", "-t:library", "-langversion:latest",
                "-out:" + Path.Combine(work, "out.dll"), "-generatedfilesout:" + Path.Combine(work, "generated"),
                "-r:" + library, "-analyzer:" + typeof(ManifestGenerator).Assembly.Location, "-analyzer:" + library, file,
            };
            arguments.AddRange(TestCompilation.References.Select(r => r.Display!).Where(p => p != library).Select(p => "-r:" + p));
            var start = new ProcessStartInfo(Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("exec");
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var lines = (output.Result + errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var part = Directory.GetFiles(generated, "*.g.cs").SingleOrDefault();
            var yaml = part is null ? null : ManifestYamlConstant().Match(File.ReadAllText(part)) is { Success: true } match ? match.Groups["yaml"].Value.Replace("\"\"", "\"") : null;
            return (lines, yaml);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [GeneratedRegex("ManifestYaml = @\"(?<yaml>(?:[^\"]|\"\")*)\"")]
    private static partial Regex ManifestYamlConstant();
}
