namespace K8sTyped.ManifestWriter;

/// <summary>
/// An exclusive, cross-process lock held while one writer reads claims, writes files and updates its state. Inner builds of
/// a multi-targeted project run in parallel and write into the same output folder; the lock makes their runs take turns.
/// The lock file is never deleted: deleting it while another process waits on the same path would let two holders in.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    public static OutputLock Acquire(string lockPath, TimeSpan timeout)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        DateTime deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive OS lock (flock on Unix, a share-mode lock on Windows), also between
                // two opens inside one process.
                return new OutputLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(RetryDelay);
            }
            catch (IOException e)
            {
                throw new ManifestWriterException(
                    $"timed out after {timeout.TotalSeconds:0} s waiting for the lock '{lockPath}' held by another K8sTyped writer.", e);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
