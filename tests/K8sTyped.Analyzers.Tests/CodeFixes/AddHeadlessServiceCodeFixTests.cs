using K8sTyped.CodeFixes;
using Verify = K8sTyped.Analyzers.Tests.TestSupport.CodeFixVerifier<K8sTyped.CodeFixes.AddHeadlessServiceCodeFix>;

namespace K8sTyped.Analyzers.Tests.CodeFixes;

public sealed class AddHeadlessServiceCodeFixTests
{
    [Fact]
    public async Task A_StatefulSet_in_the_application_gets_a_headless_Service_beside_it()
    {
        var test = Verify.Create("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    StatefulSet.Named("db").GovernedBy({|KT2001:"db-headless"|}).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Port("metrics", 9187))));
            }
            """, """
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service DbHeadlessService = Service.Headless("db-headless").Selecting(Pods).Port("sql", 5432).Port("metrics", 9187);
                public static readonly Application App = Application.Named("db").InNamespace("data").Add(
                    DbHeadlessService,
                    StatefulSet.Named("db").GovernedBy(DbHeadlessService).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432).Port("metrics", 9187))));
            }
            """, AddHeadlessServiceCodeFix.EquivalenceKey);
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Add a headless Service 'db-headless'", action.Title);
        await test.RunAsync();
    }

    [Fact]
    public Task A_StatefulSet_member_added_by_name_gets_the_Service_added_before_it() =>
        Verify.VerifyAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly StatefulSet Set = StatefulSet.Named("db").InNamespace("data").GovernedBy({|KT2001:"db"|})
                    .Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
                public static readonly Application App = Application.Named("db").Add(Set);
            }
            """, """
            [KubernetesManifests]
            public static partial class Db
            {
                static readonly Service DbService = Service.Headless("db").InNamespace("data").Selecting(Labels.Of("app", "db")).Port("sql", 5432);
                static readonly StatefulSet Set = StatefulSet.Named("db").InNamespace("data").GovernedBy(DbService)
                    .Pods(Labels.Of("app", "db"), p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
                public static readonly Application App = Application.Named("db").Add(DbService, Set);
            }
            """);

    [Fact]
    public Task A_class_without_an_application_gets_the_member_alone() =>
        Verify.VerifyAsync("""
            [KubernetesManifests(Namespace = "data")]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly StatefulSet Set = StatefulSet.Named("db").GovernedBy({|KT2001:"db"|}).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """, """
            [KubernetesManifests(Namespace = "data")]
            public static partial class Db
            {
                static readonly Labels Pods = Labels.Of("app", "db");
                static readonly Service DbService = Service.Headless("db").Selecting(Pods).Port("sql", 5432);
                static readonly StatefulSet Set = StatefulSet.Named("db").GovernedBy(DbService).Pods(Pods, p => p.Container("db", "postgres:17", c => c.Port("sql", 5432)));
            }
            """);

    [Fact]
    public Task A_StatefulSet_built_in_a_method_gets_no_action() =>
        Verify.VerifyNoFixAsync("""
            [KubernetesManifests]
            public static partial class Db
            {
                public static readonly Application App = Build();

                static Application Build()
                {
                    var pods = Labels.Of("app", "db");
                    return Application.Named("db").InNamespace("data").Add(
                        StatefulSet.Named("db").GovernedBy({|KT2001:"db"|}).Pods(pods, p => p.Container("db", "postgres:17")));
                }
            }
            """);
}
