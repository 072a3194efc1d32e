using K8sTyped.Serialization;

namespace K8sTyped.Tool.Lint;

/// <summary>One manifest text to read: a file (read strictly as UTF-8 or UTF-16 by the library) or standard input.</summary>
/// <param name="DisplayPath">The name findings carry: the path as given or found (relative to the current directory), or the stdin name.</param>
/// <param name="FullPath">The file to read; null for standard input.</param>
internal sealed record ManifestInput(string DisplayPath, string? FullPath)
{
    /// <summary>
    /// Reads the objects with the library's reader (file, line and column for every value), as <c>lint</c> and
    /// <c>import</c> both do.
    /// </summary>
    /// <exception cref="ToolInputException">The file or standard input cannot be read.</exception>
    public KubernetesReadResult Read(Func<Stream> standardInput, KubernetesReadOptions options) =>
        KubernetesYaml.ReadBytes(ReadBytes(standardInput), DisplayPath, options);

    /// <summary>The input's bytes, for a reader that also looks at the text itself (helm's <c># Source:</c> comments).</summary>
    /// <exception cref="ToolInputException">The file or standard input cannot be read.</exception>
    public byte[] ReadBytes(Func<Stream> standardInput)
    {
        try
        {
            if (FullPath is not null) return File.ReadAllBytes(FullPath);
            using var buffer = new MemoryStream();
            standardInput().CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolInputException($"{DisplayPath}: {e.Message}");
        }
    }
}
