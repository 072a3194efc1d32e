using K8sTyped.EndToEnd.Tests.TestSupport;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// YAML of the repository listed as <c>K8sTypedLint</c> items gets the rules at <c>dotnet build</c>, at its own file,
/// line and column: the package's targets pass the items to the analyzers.
/// </summary>
public sealed class LintAtBuildTests(PackedFeedFixture packed) : IClassFixture<PackedFeedFixture>
{
    private const string Settings = """
        using K8sTyped;

        namespace Web;

        [KubernetesManifests]
        public static partial class Settings
        {
            public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
        }

        """;

    // The kubernetes.io "web" StatefulSet without its headless Service.
    private const string WebStatefulSet = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          serviceName: nginx
          replicas: 2
          selector:
            matchLabels: {app: nginx}
          template:
            metadata:
              labels: {app: nginx}
            spec:
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24

        """;

    [Fact]
    public void A_StatefulSet_in_deploy_whose_Service_is_missing_is_KT2001_at_its_serviceName()
    {
        ConsumerProject web = ConsumerProject.Create(
            Path.Combine(packed.Root, "lint-" + Guid.NewGuid().ToString("N")[..8]), packed.Feed.Directory, packed.Feed.Version, "net10.0");
        web.WriteFile("Program.cs", "System.Console.WriteLine(\"web\");\n");
        web.WriteFile("Settings.cs", Settings);
        web.WriteFile("deploy/web.yaml", WebStatefulSet);
        web.AddItemGroup("""<K8sTypedLint Include="deploy/**/*.yaml" />""");

        // The consumer treats warnings as errors.
        DotnetResult build = web.Build().AssertFailed();

        string[] lines = WebStatefulSet.Split('\n');
        int line = Array.FindIndex(lines, text => text.Contains("serviceName: nginx", StringComparison.Ordinal));
        int column = lines[line].IndexOf("nginx", StringComparison.Ordinal);
        Assert.Equal(
            [$"deploy/web.yaml({line + 1},{column + 1}): KT2001"],
            BuildDiagnostic.Parse(build.Output, "KT").Select(diagnostic => diagnostic.Where(web.Directory)).Order(StringComparer.Ordinal).ToArray());
    }
}
