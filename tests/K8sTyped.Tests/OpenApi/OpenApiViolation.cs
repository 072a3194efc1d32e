namespace K8sTyped.Tests.OpenApi;

/// <summary>One place where a document disagrees with the OpenAPI schema.</summary>
internal sealed record OpenApiViolation(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Line}:{Column}: {Path}: {Message}";
}
