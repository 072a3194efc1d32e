namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>A folder feed holding the K8sTyped package under a version no earlier run or cache can have.</summary>
internal sealed record LocalFeed(string Directory, string Version)
{
    /// <summary>
    /// Packs what `dotnet test` has already built (no rebuild with the throwaway version) into <c>&lt;root&gt;/feed</c>
    /// and checks that exactly one package came out.
    /// </summary>
    public static LocalFeed Pack(string root)
    {
        string feed = Path.Combine(root, "feed");
        string version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid().ToString("N")[..8]}";
        DotnetCommand.Run(BuildEnvironment.RepositoryRoot, TimeSpan.FromMinutes(4),
                "pack", BuildEnvironment.PackageProject, "--no-build", "-c", BuildEnvironment.Configuration, "-o", feed, $"-p:Version={version}",
                "-nodeReuse:false", "-tl:off")
            .AssertSucceeded();
        Assert.Equal([$"K8sTyped.{version}.nupkg"], System.IO.Directory.GetFiles(feed).Select(Path.GetFileName));
        return new LocalFeed(feed, version);
    }
}
