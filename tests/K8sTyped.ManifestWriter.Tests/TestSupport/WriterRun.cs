namespace K8sTyped.ManifestWriter.Tests.TestSupport;

/// <summary>One in-process run of the writer's command line entry point, with what it printed.</summary>
internal sealed record WriterRun(int ExitCode, string Output, string Error)
{
    public static WriterRun Invoke(string assembly, string output, string layout, string state) =>
        Invoke("--assembly", assembly, "--output", output, "--layout", layout, "--state", state);

    public static WriterRun Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = ManifestWriterCommand.Run(args, output, error);
        return new WriterRun(exitCode, output.ToString(), error.ToString());
    }

    public WriterRun AssertSucceeded()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}\n{Output}\n{Error}");
        Assert.Equal("", Error);
        return this;
    }

    public WriterRun AssertFailed(string expectedMessagePart)
    {
        Assert.NotEqual(0, ExitCode);
        Assert.StartsWith("K8sTyped: error: ", Error, StringComparison.Ordinal);
        Assert.Contains(expectedMessagePart, Error, StringComparison.Ordinal);
        return this;
    }
}
