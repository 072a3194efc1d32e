namespace K8sTyped.ManifestWriter;

/// <summary>
/// Writes a file so that readers see either the old or the new bytes, never a half-written file, and leaves a file whose
/// bytes are already right untouched, so its timestamp keeps telling tools (and people) that nothing changed.
/// </summary>
internal static class AtomicFile
{
    /// <param name="lastWriteTimeUtc">
    /// The time the new file is stamped with, when it must not look newer than what it was made from (see
    /// <see cref="ManifestOutputWriter"/>); by default the time of writing.
    /// </param>
    /// <returns><see langword="true"/> when the file was written, <see langword="false"/> when it already had these bytes.</returns>
    public static bool WriteIfChanged(string path, byte[] content, DateTime? lastWriteTimeUtc = null)
    {
        if (HasContent(path, content))
        {
            return false;
        }

        string directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);

        // Same folder as the target, so the final move is a rename on one volume (atomic), not a copy.
        string temporary = WriterTemporaryFile.NewPath(directory);
        try
        {
            File.WriteAllBytes(temporary, content);
            if (lastWriteTimeUtc is { } stamp)
            {
                File.SetLastWriteTimeUtc(temporary, stamp);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }

    private static bool HasContent(string path, byte[] content)
    {
        var existing = new FileInfo(path);
        if (!existing.Exists || existing.Length != content.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
