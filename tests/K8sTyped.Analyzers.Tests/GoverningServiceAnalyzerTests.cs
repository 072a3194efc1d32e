using K8sTyped.Analyzers.Tests.TestSupport;

namespace K8sTyped.Analyzers.Tests;

public sealed class GoverningServiceAnalyzerTests
{
    [Fact]
    public Task A_ClusterIP_Service_governing_a_StatefulSet_is_KT2002_at_GovernedBy() =>
        AnalyzerVerifier.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service Svc = Service.ClusterIP("db").Selecting(Pods).Port("sql", 5432);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    Svc,
                    StatefulSet.Named("db").GovernedBy({|KT2002:Svc|}).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))));
            }
            """);
}
