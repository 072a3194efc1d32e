using BenchmarkDotNet.Attributes;
using K8sTyped.Rules;
using K8sTyped.Tool.Lint;

namespace K8sTyped.Benchmarks;

/// <summary>
/// <c>k8styped lint deploy/</c> over a repository of 5,000 objects in 50 YAML files (headless Services, StatefulSets with
/// claim templates, PersistentVolumes, claims): reading every file with origins, then every rule over the set. Target:
/// well under a second.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private const int Files = 50;

    private string _directory = null!;
    private IReadOnlyList<ManifestInput> _inputs = null!;
    private LintSettings _settings = null!;

    [Params(5_000)]
    public int Objects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("k8styped-lint-benchmark-").FullName;
        var perFile = Objects / 4 / Files;
        for (var file = 0; file < Files; file++)
        {
            var app = Application.Named($"part-{file}").InNamespace("data");
            for (var j = 0; j < perFile; j++)
                StatefulUnit.AddTo(app, file * perFile + j);

            File.WriteAllText(Path.Combine(_directory, $"part-{file:D3}.yaml"), app.Build().ToYaml());
        }

        _inputs = ManifestInputs.Expand([_directory], _directory, "<stdin>");
        _settings = new LintSettings(new RuleOptions(), new ClusterProfile { HasDefaultStorageClass = true }, Strict: true);
        var report = Linter.Run(_inputs, () => Stream.Null, _settings);
        if (report.ObjectCount != Objects || report.Findings.Count != 0 || report.InputProblems.Count != 0)
            throw new InvalidOperationException($"The benchmark repository should read {Objects} objects and lint clean: {report}");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    // The findings count: the report itself is internal to the tool.
    [Benchmark]
    public int Lint() => Linter.Run(_inputs, () => Stream.Null, _settings).Findings.Count;
}
