using BenchmarkDotNet.Attributes;
using K8sTyped.Rules;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Every rule over a large stateful graph, as <c>Validate()</c> and the analyzers run them: a quarter each of headless
/// Services, StatefulSets with a claim template, PersistentVolumes and claims that bind them. Target: 10,000 objects in
/// about a second, every rule near-linear through indexes built once per run. The same graph again with every object's
/// previous version (the YAML read back, as the analyzer reads the previous build's manifests) measures the change rules.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private ApplicationBuild _build = null!;
    private ManifestSet _manifests = null!;
    private ManifestSet _afterPreviousBuild = null!;

    [Params(1_000, 4_000, 10_000)]
    public int Objects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var app = Application.Named("stateful").InNamespace("data");
        for (var i = 0; i < Objects / 4; i++)
            StatefulUnit.AddTo(app, i);

        _build = app.Build();
        _manifests = _build.ToManifestSet(new ClusterProfile { HasDefaultStorageClass = true });
        if (!_build.Validate(_manifests).IsClean)
            throw new InvalidOperationException("The benchmark graph should validate clean: " + _build.Validate(_manifests));
        _afterPreviousBuild = _build.ToManifestSet(new ClusterProfile
        {
            HasDefaultStorageClass = true,
            PreviousManifests = [.. KubernetesYaml.Read(_build.ToYaml()).Objects],
        });
        if (!_build.Validate(_afterPreviousBuild).IsClean)
            throw new InvalidOperationException("The unchanged graph should compare clean with itself: " + _build.Validate(_afterPreviousBuild));
    }

    [Benchmark]
    public ValidationResult Validate() => _build.Validate(_manifests);

    [Benchmark]
    public ValidationResult ValidateAfterPreviousBuild() => _build.Validate(_afterPreviousBuild);
}
