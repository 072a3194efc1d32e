namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// One packed K8sTyped feed shared by the tests of a class (an xunit class fixture), so each test builds its own consumer
/// without packing again. Everything lives in one temp folder, removed when the class is done.
/// </summary>
public sealed class PackedFeedFixture : IDisposable
{
    public PackedFeedFixture()
    {
        Feed = LocalFeed.Pack(Root);
    }

    /// <summary>The temp folder of the class: the feed, and a folder per consumer the tests create.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "k8styped-e2e-" + Guid.NewGuid().ToString("N"));

    internal LocalFeed Feed { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
