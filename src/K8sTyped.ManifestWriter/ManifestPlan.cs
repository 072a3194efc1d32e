using System.Text;

namespace K8sTyped.ManifestWriter;

/// <summary>
/// Selects the entries of one layout and checks them as a whole before anything touches the disk, so a bad name or a
/// duplicate leaves the output folder exactly as it was.
/// </summary>
internal static class ManifestPlan
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<ManifestFile> Create(IEnumerable<ManifestEntry> entries, string layout, string outputDirectory)
    {
        var files = new List<ManifestFile>();

        // Case-insensitive: two names differing only by case are one file on Windows and macOS, so they are rejected everywhere.
        var owners = new Dictionary<string, ManifestEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (ManifestEntry entry in entries.Where(entry => entry.Layout == layout))
        {
            string fullPath = ManifestPath.Resolve(outputDirectory, entry.FileName);
            if (!owners.TryAdd(fullPath, entry))
            {
                ManifestEntry first = owners[fullPath];
                throw new ManifestWriterException(
                    $"duplicate manifest file name '{entry.FileName}' in the {layout} layout " +
                    $"(applications '{first.Application}' and '{entry.Application}'); give each application a distinct name.");
            }

            files.Add(new ManifestFile(fullPath, Utf8NoBom.GetBytes(entry.Content)));
        }

        return files;
    }
}
