using K8sTyped.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using static K8sTyped.Analyzers.Tests.TestSupport.LintedManifests;

namespace K8sTyped.Analyzers.Tests.Evaluation;

/// <summary>
/// Manifests of the repository listed as <c>K8sTypedLint</c> items get every rule at build, reported in their own file
/// at the line and column of the value (as <c>k8styped lint</c> reports them); the files form one set, and the cluster
/// inventory counts; a file that cannot be read is KT0111 at the problem.
/// </summary>
public sealed class LintFileTests
{
    private const string StatefulSetPath = "/deploy/web.yaml";
    private const string ServicePath = "/deploy/web-service.yaml";

    private const string NginxService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx
        spec:
          clusterIP: None
          selector: {app: nginx}
          ports:
          - {name: web, port: 80}
        """;

    [Fact]
    public Task A_serviceName_with_no_Service_is_KT2001_at_its_line_and_column_in_the_linted_file()
    {
        var test = AnalyzerVerifier.Create(Manifests).WithLint(StatefulSetPath, WebStatefulSet);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("KT2001", DiagnosticSeverity.Warning).WithSpan(StatefulSetPath, 6, 16, 6, 21));
        return test.RunAsync();
    }

    [Fact]
    public Task The_linted_files_are_one_set_so_a_Service_in_another_file_governs_the_StatefulSet() =>
        AnalyzerVerifier.Create(Manifests).WithLint(StatefulSetPath, WebStatefulSet).WithLint(ServicePath, NginxService).RunAsync();

    [Fact]
    public Task A_Service_of_the_cluster_inventory_governs_a_linted_StatefulSet() =>
        AnalyzerVerifier.Create(Manifests).WithLint(StatefulSetPath, WebStatefulSet).WithInventory("/cluster/services.yaml", NginxService).RunAsync();

    [Fact]
    public Task A_field_kubectl_would_refuse_is_KT0111_at_its_line_and_column()
    {
        var test = AnalyzerVerifier.Create(Manifests).WithLint(ServicePath, NginxService.Replace("clusterIP: None", "clusterIp: None", StringComparison.Ordinal));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("KT0111", DiagnosticSeverity.Error).WithSpan(ServicePath, 6, 3, 6, 18));
        // The rest of the file is still read and checked: alone, the Service selects no pods.
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("KT2004", DiagnosticSeverity.Info).WithSpan(ServicePath, 7, 13, 7, 25));
        return test.RunAsync();
    }
}
