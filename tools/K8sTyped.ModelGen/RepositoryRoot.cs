namespace K8sTyped.ModelGen;

/// <summary>Finds the repository root: the nearest folder, from a start folder upwards, holding the solution file.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFileName = "K8sTyped.sln";

    /// <summary>The repository root above <paramref name="startDirectory"/>, or null when there is none.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                return directory.FullName;
        }

        return null;
    }
}
