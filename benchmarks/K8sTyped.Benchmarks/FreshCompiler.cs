using System.Diagnostics;

namespace K8sTyped.Benchmarks;

/// <summary>
/// The real compiler in a new process: the SDK's own <c>csc</c> (ReadyToRun-compiled, as <c>dotnet build</c> starts it
/// with <c>UseSharedCompilation=false</c> or on a fresh build server) compiling the MariaDB sample with the generators and
/// analyzers every net10.0 project gets from the SDK, and optionally K8sTyped's generator and analyzer.
/// </summary>
internal static class FreshCompiler
{
    private static readonly Lazy<Setup> s_setup = new(Prepare);

    /// <summary>The K8sTyped assemblies the compiler loads, if any.</summary>
    public enum K8sTypedAssemblies
    {
        None,

        /// <summary>The IL assemblies of analyzers/dotnet/cs.</summary>
        IL,

        /// <summary>The package's linux-x64 ReadyToRun copies (build/readytorun/linux-x64), which the package's targets pass instead on linux-x64.</summary>
        ReadyToRun,
    }

    /// <summary>Compiles; <paramref name="analyzers"/> false passes <c>/skipanalyzers+</c> (generators still run), as <c>RunAnalyzers=false</c> does.</summary>
    public static void Compile(K8sTypedAssemblies k8sTyped, bool analyzers)
    {
        var setup = s_setup.Value;
        var start = new ProcessStartInfo(setup.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(setup.Compiler);
        start.ArgumentList.Add("@" + setup.ResponseFile);
        if (!analyzers) start.ArgumentList.Add("/skipanalyzers+");
        foreach (var assembly in k8sTyped switch
                 {
                     K8sTypedAssemblies.IL => setup.ILAnalyzers,
                     K8sTypedAssemblies.ReadyToRun => setup.ReadyToRunAnalyzers,
                     _ => [],
                 })
        {
            start.ArgumentList.Add("/analyzer:" + assembly);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        // A warning or an error would mean the generator did not run as in a real build: the measurement would be wrong.
        if (process.ExitCode != 0 || output.Length > 0 || error.Result.Length > 0)
            throw new InvalidOperationException($"The compiler did not compile cleanly ({process.ExitCode}): {output} {error.Result}");
    }

    private sealed record Setup(string Dotnet, string Compiler, string ResponseFile, string[] ILAnalyzers, string[] ReadyToRunAnalyzers);

    private static Setup Prepare()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var sdk = Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk"))
            .Where(d => File.Exists(Path.Combine(d, "Roslyn", "bincore", "csc.dll")))
            .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0), Comparer<Version>.Default)
            .Last();
        var referencePack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"))
            .Select(d => (Pack: d, References: Path.Combine(d, "ref", "net10.0"))).Last(p => Directory.Exists(p.References));
        var sdkAnalyzers = Directory.GetFiles(Path.Combine(referencePack.Pack, "analyzers", "dotnet", "cs"), "*.dll")
            .Concat(new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
                .Select(name => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers", name)));

        var here = AppContext.BaseDirectory;
        var readyToRun = Path.Combine(here, "readytorun");
        string[] k8sTyped = ["K8sTyped.Generator.dll", "K8sTyped.dll"];
        if (!k8sTyped.All(name => File.Exists(Path.Combine(readyToRun, name))))
            throw new InvalidOperationException($"The ReadyToRun copies are missing in {readyToRun} (the benchmark project's build puts them there).");

        var work = Directory.CreateTempSubdirectory("k8styped-fresh-compiler-").FullName;
        var sources = new Dictionary<string, string>
        {
            ["MariaDbManifests.cs"] = File.ReadAllText(Path.Combine(BenchmarkCompilations.RepositoryRoot(), "samples", "MariaDb", "MariaDbManifests.cs")),
            ["MariaDbApp.cs"] = BenchmarkCompilations.MariaDbManifestClass,
            ["GlobalUsings.cs"] = BenchmarkCompilations.GlobalUsings,
        };
        foreach (var (name, text) in sources) File.WriteAllText(Path.Combine(work, name), text);

        var lines = new List<string> { "/nologo", "/target:library", "/langversion:latest", "/nullable:enable", "/deterministic+", $"/out:{Path.Combine(work, "MariaDb.dll")}" };
        lines.AddRange(Directory.GetFiles(referencePack.References, "*.dll").Order(StringComparer.Ordinal).Select(r => $"/reference:{r}"));
        lines.Add($"/reference:{typeof(KubernetesYaml).Assembly.Location}");
        lines.AddRange(sdkAnalyzers.Select(a => $"/analyzer:{a}"));
        lines.AddRange(sources.Keys.Select(name => Path.Combine(work, name)));
        var responseFile = Path.Combine(work, "compile.rsp");
        File.WriteAllLines(responseFile, lines.Select(l => l.Contains(' ') ? $"\"{l}\"" : l));

        return new Setup(
            Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"),
            Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"),
            responseFile,
            [.. k8sTyped.Select(name => Path.Combine(here, name))],
            [.. k8sTyped.Select(name => Path.Combine(readyToRun, name))]);
    }
}
