using BenchmarkDotNet.Attributes;
using K8sTyped.Rules;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Every rule over one StatefulSet whose replica count is large: the rules must not enumerate its ordinals (claim names,
/// pod label sets, the binding simulation), so a million replicas cost about what a thousand do.
/// </summary>
[MemoryDiagnoser]
public class ReplicaBenchmarks
{
    private ApplicationBuild _build = null!;
    private ManifestSet _manifests = null!;

    [Params(1_000, 1_000_000)]
    public int Replicas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var labels = Labels.Of("app", "db");
        var service = Service.Headless("db").Selecting(labels).Port("sql", 5432);
        var app = Application.Named("large").InNamespace("data").Add(
            service,
            StatefulSet.Named("db").GovernedBy(service).Replicas(Replicas)
                .Pods(labels, pod => pod.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/data")))
                .ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi"));
        _build = app.Build();
        _manifests = _build.ToManifestSet(new ClusterProfile { HasDefaultStorageClass = true });
        if (!_build.Validate(_manifests).IsClean)
            throw new InvalidOperationException("The benchmark set should validate clean: " + _build.Validate(_manifests));
    }

    [Benchmark]
    public ValidationResult Validate() => _build.Validate(_manifests);
}
