namespace K8sTyped.Tests.TestSupport;

/// <summary>Locates the repository and the shared data beside it (CI clones main with ../shared next to it).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds K8sTyped.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The Kubernetes 1.36 OpenAPI document; a missing document fails the test that needs it.</summary>
    public static string OpenApiDocument
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "kubernetes-openapi", "swagger-v1.36.json"));
            if (!File.Exists(path))
                throw new FileNotFoundException(
                    $"The Kubernetes 1.36 OpenAPI document is missing: expected '{path}' (../shared/kubernetes-openapi/ beside the repository root). " +
                    "Download api/openapi-spec/swagger.json from kubernetes/kubernetes at the release-1.36 tag to that path.",
                    path);
            return path;
        }
    }

    /// <summary>The folder of the test fixtures copied next to the test assembly.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot() =>
        K8sTyped.ModelGen.RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No K8sTyped.sln above {AppContext.BaseDirectory}.");
}
