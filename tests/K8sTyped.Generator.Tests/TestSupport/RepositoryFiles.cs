namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>Files of this repository (samples, docs, tests), found from the test binaries by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "K8sTyped.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("K8sTyped.sln not found above " + AppContext.BaseDirectory);
    }
}
