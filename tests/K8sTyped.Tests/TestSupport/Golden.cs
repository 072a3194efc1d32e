namespace K8sTyped.Tests.TestSupport;

/// <summary>
/// Compares output with a golden file under tests/K8sTyped.Tests/Fixtures. Set K8STYPED_UPDATE_GOLDEN=1 to rewrite the
/// golden files from the current output; then read the diff before committing it.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string relativePath, string actual)
    {
        var sourcePath = Path.Combine(RepositoryPaths.Root, "tests", "K8sTyped.Tests", "Fixtures", relativePath);
        if (Environment.GetEnvironmentVariable("K8STYPED_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, actual);
        }

        Assert.True(File.Exists(sourcePath), $"Golden file {sourcePath} is missing; run the tests with K8STYPED_UPDATE_GOLDEN=1 and read it.");
        Assert.Equal(File.ReadAllText(sourcePath), actual);
    }
}
