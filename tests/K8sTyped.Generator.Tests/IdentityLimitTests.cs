using K8sTyped.Generator.Parser;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// A StatefulSet of a million replicas is legal, but the generated part names only its first pods: the compiler must
/// not be made to write (and compile) millions of constants.
/// </summary>
public sealed class IdentityLimitTests
{
    [Fact]
    public void Identity_constants_stop_at_the_limit_however_many_replicas_a_StatefulSet_has()
    {
        var run = GeneratorRun.Run("""
            using K8sTyped;

            [KubernetesManifests(Namespace = "data")]
            public static partial class Big
            {
                public static readonly StatefulSet Db = StatefulSet.Named("db").Replicas(1_000_000);
            }
            """);

        var generated = Assert.Single(run.GeneratedSources);
        var last = IdentityConstants.MaxPodsPerStatefulSet - 1;
        Assert.Contains($"Db{last}PodName = \"db-{last}\"", generated, StringComparison.Ordinal);
        Assert.DoesNotContain($"Db{last + 1}PodName", generated, StringComparison.Ordinal);
        Assert.Contains("replicas: 1000000", generated, StringComparison.Ordinal);
    }
}
