namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>What one dotnet CLI run returned; the assertions print the whole output when they fail.</summary>
internal sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    public DotnetResult AssertSucceeded()
    {
        Assert.True(ExitCode == 0, $"`dotnet {Command}` exited with {ExitCode}:\n{Output}");
        return this;
    }

    public DotnetResult AssertFailed()
    {
        Assert.True(ExitCode != 0, $"`dotnet {Command}` should have failed:\n{Output}");
        return this;
    }

    public int Count(string text)
    {
        int count = 0;
        for (int at = Output.IndexOf(text, StringComparison.Ordinal); at >= 0; at = Output.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public DotnetResult AssertPrinted(string text, int times)
    {
        Assert.True(Count(text) == times, $"expected `{text}` {times} time(s) in the output of `dotnet {Command}`:\n{Output}");
        return this;
    }
}
