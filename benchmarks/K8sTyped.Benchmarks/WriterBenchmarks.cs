using System.Text;
using BenchmarkDotNet.Attributes;
using K8sTyped.Models;

namespace K8sTyped.Benchmarks;

/// <summary>
/// Target: YAML and JSON writing of the typed model at 50 MB/s or more warm, allocating in proportion to the output.
/// The objects are built once; each operation writes all of them (1,000 units: 2,000 objects). Throughput is the
/// output size (printed by the setup, and in docs/performance.md) divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private IReadOnlyList<IKubernetesObject> _objects = null!;

    [Params(1000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _objects = WriterUnits.Application(Units).Build().Objects;
        Console.WriteLine($"// {Units} units: YAML {Encoding.UTF8.GetByteCount(KubernetesYaml.Serialize(_objects))} bytes, " +
            $"JSON {Encoding.UTF8.GetByteCount(KubernetesYaml.SerializeJson(_objects))} bytes");
    }

    [Benchmark]
    public string Yaml() => KubernetesYaml.Serialize(_objects);

    [Benchmark]
    public string Json() => KubernetesYaml.SerializeJson(_objects);
}
