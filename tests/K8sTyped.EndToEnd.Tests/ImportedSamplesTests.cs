using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// <c>k8styped import</c> as the issue defines done: the samples' golden manifests imported to C#, the six classes put in
/// one consumer of the packed package, and <c>dotnet build</c> (warnings as errors) writes the golden bytes again.
/// </summary>
public sealed class ImportedSamplesTests(PackedFeedFixture packed) : IClassFixture<PackedFeedFixture>
{
    private static readonly string[] s_samples = ["mariadb", "mysql", "pv-log", "replicated-mysql", "storage-classes", "zookeeper"];

    [Fact]
    public void Imported_samples_build_with_the_package_and_write_their_golden_manifests_byte_for_byte()
    {
        string golden = Path.Combine(BuildEnvironment.RepositoryRoot, "tests", "K8sTyped.Tests", "Fixtures", "golden", "samples");
        string tool = Path.Combine(BuildEnvironment.RepositoryRoot, "src", "K8sTyped.Tool", "bin", BuildEnvironment.Configuration, "net8.0", "K8sTyped.Tool.dll");
        ConsumerProject consumer = ConsumerProject.Create(
            Path.Combine(packed.Root, "imported-" + Guid.NewGuid().ToString("N")[..8]), packed.Feed.Directory, packed.Feed.Version, "net10.0");
        consumer.WriteFile("Program.cs", "System.Console.WriteLine(\"imported\");\n");
        foreach (string sample in s_samples)
        {
            string className = string.Concat(sample.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Imported";
            DotnetCommand.Run(consumer.Directory, TimeSpan.FromMinutes(1),
                    tool, "import", Path.Combine(golden, sample + ".yaml"), "--class", className, "--namespace", "Imported", "-o", className + ".cs")
                .AssertSucceeded();
        }

        consumer.Build().AssertSucceeded();

        Assert.Equal(s_samples.Select(s => s + ".yaml"), consumer.ManifestFiles());
        foreach (string sample in s_samples)
            Assert.Equal(File.ReadAllBytes(Path.Combine(golden, sample + ".yaml")), File.ReadAllBytes(consumer.Manifest(sample + ".yaml")));
    }
}
