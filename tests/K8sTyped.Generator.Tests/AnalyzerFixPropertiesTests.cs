using K8sTyped.Generator.Analysis;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// What the analyzers hand to the code fixes: for a claim that can never bind, exactly the access modes with which it
/// would (so the fix never proposes a change that leaves it Pending).
/// </summary>
public sealed class AnalyzerFixPropertiesTests
{
    private const string Usings = "using K8sTyped;\nusing K8sTyped.Models;\n";

    [Fact]
    public void A_claim_asking_a_mode_no_volume_offers_carries_the_modes_that_would_bind()
    {
        var run = GeneratorRun.Run(Usings + """
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-log").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).HostPath("/pv/log"),
                    PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteMany).Requesting("512Mi").NoStorageClass());
            }
            """);

        var pending = Assert.Single(run.Diagnostics, d => d.Id == "KT3001");
        // The PV lists only ReadWriteOnce, and a claim's modes must all be listed on the volume.
        Assert.Equal("ReadWriteOnce", pending.Properties[BindableAccessModes.PropertyName]);
    }

    [Fact]
    public void A_claim_too_large_for_every_volume_carries_no_modes()
    {
        var run = GeneratorRun.Run(Usings + """
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolume.Named("pv-log").Capacity("1Gi").AccessModes(AccessMode.ReadWriteOnce).HostPath("/pv/log"),
                    PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteMany).Requesting("5Gi").NoStorageClass());
            }
            """);

        var pending = Assert.Single(run.Diagnostics, d => d.Id == "KT3001");
        Assert.False(pending.Properties.ContainsKey(BindableAccessModes.PropertyName));
    }
}
