using K8sTyped.ModelGen;

namespace K8sTyped.Tests.Models;

/// <summary>Locates the Kubernetes OpenAPI document the model is generated from: it lives beside the repository, uncommitted.</summary>
internal static class OpenApiDocument
{
    /// <summary>The repository root (the folder holding K8sTyped.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot =>
        ModelGen.RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No K8sTyped.sln above '{AppContext.BaseDirectory}'.");

    /// <summary>The document's path; throws (the tests must fail, not skip) when it is missing.</summary>
    public static string Path
    {
        get
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "kubernetes-openapi", "swagger-v1.36.json"));
            if (!File.Exists(path))
                throw new FileNotFoundException(
                    $"The Kubernetes 1.36 OpenAPI document is missing: expected '{path}' (../shared/kubernetes-openapi/ beside the repository root). " +
                    "Download api/openapi-spec/swagger.json from kubernetes/kubernetes at the release-1.36 tag to that path.",
                    path);
            return path;
        }
    }
}
