namespace K8sTyped.ManifestWriter;

/// <summary>
/// The command line entry point, callable in-process by tests. Output lines start with <c>K8sTyped: </c>; errors read
/// <c>K8sTyped: error: ...</c>, which MSBuild's Exec task reports as build errors.
/// </summary>
internal static class ManifestWriterCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            WriterArguments arguments = WriterArguments.Parse(args);
            IReadOnlyList<ManifestEntry> entries = GeneratedManifestReader.Read(arguments.AssemblyPath);
            IReadOnlyList<ManifestFile> files = ManifestPlan.Create(entries, arguments.Layout, arguments.OutputDirectory);
            WriteResult result = ManifestOutputWriter.Write(
                files, arguments.OutputDirectory, new WriterState(arguments.StateFile), File.GetLastWriteTimeUtc(arguments.AssemblyPath));

            string folder = Path.TrimEndingDirectorySeparator(arguments.OutputDirectory) + Path.DirectorySeparatorChar;
            output.WriteLine(result.Produced == 0
                ? $"K8sTyped: no {arguments.Layout} manifests in {arguments.AssemblyPath}"
                : $"K8sTyped: {result.Produced} manifests -> {folder}");
            foreach (string warning in result.Warnings)
            {
                output.WriteLine($"K8sTyped: warning: {warning}");
            }

            output.WriteLine($"K8sTyped: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed");
            return 0;
        }
        catch (ManifestWriterException e)
        {
            error.WriteLine($"K8sTyped: error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // File system failures (a full disk, a read-only folder, a path the OS refuses) are the user's to fix, not crashes.
            error.WriteLine($"K8sTyped: error: writing manifests failed: {e.Message}");
            return 1;
        }
    }
}
