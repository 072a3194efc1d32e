using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests.Programs;

/// <summary>The MariaDB sample (samples/MariaDb, written with the DSL) as a manifest class.</summary>
internal static class MariaDbProgram
{
    public const string ClassName = "MariaDbApp";

    public const string ManifestClass = """
        using K8sTyped;

        namespace MariaDb;

        [KubernetesManifests]
        public static partial class MariaDbApp
        {
            public static readonly Application App = MariaDbManifests.Build();
        }
        """;

    public static string[] Sources => [RepositoryFiles.Read("samples/MariaDb/MariaDbManifests.cs"), ManifestClass];
}
