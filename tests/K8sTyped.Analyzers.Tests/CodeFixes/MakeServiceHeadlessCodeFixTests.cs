using K8sTyped.CodeFixes;
using Verify = K8sTyped.Analyzers.Tests.TestSupport.CodeFixVerifier<K8sTyped.CodeFixes.MakeServiceHeadlessCodeFix>;

namespace K8sTyped.Analyzers.Tests.CodeFixes;

// KT2002 is reported at the StatefulSet's GovernedBy argument; the fix finds the Service's factory through the Service's
// declaration (or the diagnostic's additional location, the factory call).
public sealed class MakeServiceHeadlessCodeFixTests
{
    [Fact]
    public async Task A_ClusterIP_Service_governing_a_StatefulSet_becomes_headless()
    {
        var test = Verify.Create("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service Svc = Service.ClusterIP("db").Selecting(Pods).Port("sql", 5432);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    Svc,
                    StatefulSet.Named("db").GovernedBy({|KT2002:Svc|}).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))));
            }
            """, """
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service Svc = Service.Headless("db").Selecting(Pods).Port("sql", 5432);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    Svc,
                    StatefulSet.Named("db").GovernedBy(Svc).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))));
            }
            """, MakeServiceHeadlessCodeFix.EquivalenceKey);
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Make the Service headless", action.Title);
        await test.RunAsync();
    }

    [Fact]
    public Task A_NodePort_Service_loses_its_node_ports() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service Svc = Service.NodePort("db").Selecting(Pods).Port("sql", 5432, nodePort: 30432).Port("metrics", 9187, 9187, Protocol.Tcp, 30187);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    Svc,
                    StatefulSet.Named("db").GovernedBy({|KT2002:Svc|}).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Port("metrics", 9187))));
            }
            """, """
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service Svc = Service.Headless("db").Selecting(Pods).Port("sql", 5432).Port("metrics", 9187, 9187, Protocol.Tcp);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    Svc,
                    StatefulSet.Named("db").GovernedBy(Svc).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Port("metrics", 9187))));
            }
            """);

    [Fact]
    public Task Fix_all_makes_every_governing_Service_headless() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Data
            {
                static readonly Labels DbPods = Labels.Of("app", "db");
                static readonly Labels CachePods = Labels.Of("app", "cache");
                static readonly Service Db = Service.ClusterIP("db").Selecting(DbPods).Port("sql", 5432);
                static readonly Service Cache = Service.LoadBalancer("cache").Selecting(CachePods).Port("redis", 6379);
                public static readonly Application App = Application.Named("data").InNamespace("data").Add(
                    Db,
                    Cache,
                    StatefulSet.Named("db").GovernedBy({|KT2002:Db|}).Pods(DbPods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))),
                    StatefulSet.Named("cache").GovernedBy({|KT2002:Cache|}).Pods(CachePods, p => p.Container("cache", "redis:8", c => c.Port("redis", 6379))));
            }
            """, """
            [KubernetesManifests]
            public static partial class Data
            {
                static readonly Labels DbPods = Labels.Of("app", "db");
                static readonly Labels CachePods = Labels.Of("app", "cache");
                static readonly Service Db = Service.Headless("db").Selecting(DbPods).Port("sql", 5432);
                static readonly Service Cache = Service.Headless("cache").Selecting(CachePods).Port("redis", 6379);
                public static readonly Application App = Application.Named("data").InNamespace("data").Add(
                    Db,
                    Cache,
                    StatefulSet.Named("db").GovernedBy(Db).Pods(DbPods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432))),
                    StatefulSet.Named("cache").GovernedBy(Cache).Pods(CachePods, p => p.Container("cache", "redis:8", c => c.Port("redis", 6379))));
            }
            """);
}
