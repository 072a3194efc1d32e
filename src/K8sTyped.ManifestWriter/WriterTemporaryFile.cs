using System.Text.RegularExpressions;

namespace K8sTyped.ManifestWriter;

/// <summary>
/// The names of the temporary files the writer renames over its targets. They are short — a fixed prefix and 16 random hex
/// digits — so a target whose name is already near the 255-byte limit of most file systems still gets one; and they follow
/// one pattern, so a file a killed run left behind can be recognised and removed by the next run.
/// </summary>
internal static partial class WriterTemporaryFile
{
    private const string Prefix = ".k8styped-";

    /// <summary>A fresh temporary path in <paramref name="directory"/>.</summary>
    public static string NewPath(string directory) =>
        Path.Combine(directory, $"{Prefix}{Guid.NewGuid().ToString("N")[..16]}.tmp");

    /// <summary>
    /// Removes the temporary files a killed run left directly in <paramref name="directory"/>. The caller holds the lock that
    /// every writer takes before writing there, so no live write's temporary file can be among them.
    /// </summary>
    /// <returns>How many were removed.</returns>
    public static int RemoveLeftovers(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        int removed = 0;
        foreach (string file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            if (IsLeftover(Path.GetFileName(file)))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>This version's names, and those of earlier versions (<c>.&lt;file name&gt;.&lt;32 hex digits&gt;.tmp</c>).</summary>
    public static bool IsLeftover(string fileName) => CurrentName().IsMatch(fileName) || EarlierName().IsMatch(fileName);

    [GeneratedRegex(@"^\.k8styped-[0-9a-f]{16}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentName();

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierName();
}
