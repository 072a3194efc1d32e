using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Analyzers.Tests.Evaluation;

/// <summary>
/// A cluster inventory file that cannot be read (KT0110) is reported in that file, at the line and column of the
/// problem, never as a crash; the manifests code is analyzed as usual.
/// </summary>
public sealed class InventoryFileTests
{
    private const string Path = "/cluster/inventory.yaml";

    private const string Manifests = """
        [KubernetesManifests]
        public static partial class Settings
        {
            public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
        }
        """;

    [Fact]
    public Task A_value_that_is_not_a_quantity_is_KT0110_at_its_line_and_column() =>
        Verify(
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: pv-log
            spec:
              capacity:
                storage: 100 gigs
              accessModes: [ReadWriteOnce]
              hostPath:
                path: /pv/log
            """,
            line: 7, column: 14, endColumn: 22);

    [Fact]
    public Task Text_that_is_not_YAML_is_KT0110_at_the_broken_line() =>
        Verify(
            """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: PersistentVolume
              metadata: {name: pv-log
            """,
            line: 6, column: 13, endColumn: 26);

    [Fact]
    public Task A_readable_inventory_is_clean() =>
        AnalyzerVerifier.Create(Manifests).WithInventory(Path, """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: PersistentVolume
              metadata:
                name: pv-log
              spec:
                capacity:
                  storage: 100Gi
                accessModes: [ReadWriteOnce]
                hostPath:
                  path: /pv/log
            """).RunAsync();

    private static Task Verify(string inventory, int line, int column, int endColumn)
    {
        var test = AnalyzerVerifier.Create(Manifests).WithInventory(Path, inventory);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("KT0110", DiagnosticSeverity.Error).WithSpan(Path, line, column, line, endColumn));
        return test.RunAsync();
    }
}
