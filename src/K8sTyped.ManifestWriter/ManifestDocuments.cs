namespace K8sTyped.ManifestWriter;

/// <summary>
/// Splits a manifest as K8sTyped writes it into its documents, each exactly the text the object alone is written as.
/// K8sTyped writes a stream as its documents joined by <c>---</c> lines, each document ending with a line feed, and a
/// line that is exactly <c>---</c> can be nothing else: every document is a mapping whose keys are at column 0 and never
/// plain <c>---</c> (quoted), block scalar lines are indented, and quoted scalars stay on one line.
/// </summary>
internal static class ManifestDocuments
{
    private const string Separator = "\n---\n";

    /// <summary>The documents of <paramref name="manifest"/>, or null when it is not a stream K8sTyped writes (no final line feed, an empty document).</summary>
    public static IReadOnlyList<string>? Split(string manifest)
    {
        var documents = new List<string>();
        if (manifest.Length == 0)
        {
            return documents;
        }

        if (manifest[^1] != '\n')
        {
            return null;
        }

        int start = 0;
        while (start < manifest.Length)
        {
            int separator = manifest.IndexOf(Separator, start, StringComparison.Ordinal);
            // The document keeps its final line feed; the next starts after the "---\n".
            int end = separator < 0 ? manifest.Length : separator + 1;
            bool empty = manifest.AsSpan(start).StartsWith("---\n", StringComparison.Ordinal);
            if (empty || (separator >= 0 && separator + Separator.Length == manifest.Length))
            {
                return null;
            }

            documents.Add(manifest.Substring(start, end - start));
            start = separator < 0 ? manifest.Length : separator + Separator.Length;
        }

        return documents;
    }
}
