using System.Text;

namespace K8sTyped.ModelGen.Output;

/// <summary>Replaces the generated files of an output folder; hand-written files there are left alone.</summary>
internal static class OutputWriter
{
    /// <summary>The pattern of the files the generator owns.</summary>
    public const string GeneratedFilePattern = "*.g.cs";

    /// <summary>Writes the files (only those whose text changed) and deletes generated files no longer produced.</summary>
    /// <returns>How many files were written and deleted.</returns>
    public static (int Written, int Deleted) Write(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var written = 0;
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(outputDirectory, file.RelativePath));
            expected.Add(path);
            if (File.Exists(path) && File.ReadAllText(path) == file.Content)
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written++;
        }

        var deleted = 0;
        if (Directory.Exists(outputDirectory))
        {
            foreach (var stale in Directory.EnumerateFiles(outputDirectory, GeneratedFilePattern, SearchOption.AllDirectories))
            {
                if (expected.Contains(Path.GetFullPath(stale)))
                    continue;
                File.Delete(stale);
                deleted++;
            }

            DeleteEmptyFolders(outputDirectory);
        }

        return (written, deleted);
    }

    private static void DeleteEmptyFolders(string directory)
    {
        foreach (var child in Directory.EnumerateDirectories(directory).ToList())
        {
            DeleteEmptyFolders(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
                Directory.Delete(child);
        }
    }
}
