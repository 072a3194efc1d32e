using K8sTyped.ManifestWriter.Tests.TestSupport;
using static K8sTyped.ManifestWriter.Tests.TestSupport.ManifestAssembly;

namespace K8sTyped.ManifestWriter.Tests;

public sealed class RejectionTests
{
    [Theory]
    [InlineData("../escape.yaml", "it contains '..'")]
    [InlineData("apps/../../escape.yaml", "it contains '..'")]
    [InlineData("apps\\..\\..\\escape.yaml", "it contains '..'")]
    [InlineData("/etc/escape.yaml", "it is rooted")]
    [InlineData("\\escape.yaml", "it is rooted")]
    [InlineData("C:\\escape.yaml", "it is rooted")]
    [InlineData("C:escape.yaml", "it is rooted")]
    [InlineData("apps//a.yaml", "it contains an empty or '.' segment")]
    [InlineData("./a.yaml", "it contains an empty or '.' segment")]
    [InlineData("", "it is empty")]
    [InlineData("a\0.yaml", "it contains a character that is not allowed in file names")]
    [InlineData(".k8styped/owners", "'.k8styped' is the writer's own folder")]
    [InlineData(".K8sTyped\\lock", "'.k8styped' is the writer's own folder")]
    public void File_names_that_could_escape_the_output_folder_are_rejected_and_nothing_is_written(string fileName, string reason)
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("A", "application", "fine.yaml", "kind: List\n"),
            Entry("B", "application", fileName, "kind: List\n"));

        workspace.Run(assembly).AssertFailed($"the manifest file name '{fileName}' is rejected: {reason}");

        Assert.False(Directory.Exists(workspace.Output));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(workspace.Output)!, "escape.yaml")));
    }

    [Theory]
    [InlineData("app.yaml", "app.yaml")]
    [InlineData("app.yaml", "App.yaml")]
    [InlineData("apps/app.yaml", "apps\\app.yaml")]
    public void Duplicate_file_names_are_rejected_and_nothing_is_written(string first, string second)
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("Shop.One", "application", first, "one\n"),
            Entry("Shop.Two", "application", second, "two\n"));

        workspace.Run(assembly).AssertFailed($"duplicate manifest file name '{second}' in the application layout (applications 'Shop.One' and 'Shop.Two')");

        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void The_same_file_name_in_different_layouts_is_not_a_duplicate()
    {
        using var workspace = new WriterWorkspace();
        string assembly = workspace.Compile(
            Entry("A", "application", "a.yaml", "all\n"),
            Entry("A", "object", "a.yaml", "one\n"));

        workspace.Run(assembly, layout: "object").AssertSucceeded();

        Assert.Equal("one\n", File.ReadAllText(workspace.OutputFile("a.yaml")));
    }

    [Fact]
    public void A_missing_assembly_is_an_error()
    {
        using var workspace = new WriterWorkspace();
        string missing = Path.Combine(workspace.Bin, "Missing.dll");

        workspace.Run(missing).AssertFailed($"cannot read assembly '{missing}'");
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_an_error()
    {
        using var workspace = new WriterWorkspace();
        string notAnAssembly = Path.Combine(workspace.Bin, "NotAnAssembly.dll");
        File.WriteAllText(notAnAssembly, "MZ but nothing else");

        workspace.Run(notAnAssembly).AssertFailed($"cannot read assembly '{notAnAssembly}'");
    }

    [Fact]
    public void A_native_executable_without_metadata_is_an_error()
    {
        using var workspace = new WriterWorkspace();
        string native = Path.Combine(workspace.Bin, "native.dll");
        File.WriteAllBytes(native, NativeImage());

        workspace.Run(native).AssertFailed("it has no .NET metadata");
    }

    [Theory]
    [InlineData(new[] { "--assembly", "a.dll", "--output", "o", "--layout", "application" }, "--state is missing")]
    [InlineData(new[] { "--assembly", "a.dll", "--output", "o", "--layout", "flat", "--state", "s.state" }, "unknown layout 'flat'")]
    [InlineData(new[] { "--assembly", "a.dll", "--output", "o", "--layout", "application", "--state", "s" }, "needs an extension")]
    [InlineData(new[] { "--assembly", "a.dll", "--assembly", "b.dll" }, "--assembly is given twice")]
    [InlineData(new[] { "--assembly" }, "--assembly needs a value")]
    [InlineData(new[] { "--verbose" }, "unknown argument '--verbose'")]
    public void Bad_command_lines_are_errors_with_the_usage(string[] args, string message)
    {
        WriterRun.Invoke(args).AssertFailed(message);
    }

    /// <summary>A minimal PE image with no CLI header: what a native DLL looks like to the metadata reader.</summary>
    private static byte[] NativeImage()
    {
        var builder = new System.Reflection.PortableExecutable.ManagedPEBuilder(
            System.Reflection.PortableExecutable.PEHeaderBuilder.CreateLibraryHeader(),
            new System.Reflection.Metadata.Ecma335.MetadataRootBuilder(new System.Reflection.Metadata.Ecma335.MetadataBuilder()),
            new System.Reflection.Metadata.BlobBuilder());
        var blob = new System.Reflection.Metadata.BlobBuilder();
        builder.Serialize(blob);
        byte[] image = blob.ToArray();

        // Zero the CLI header data directory (PE optional header, entry 14) so the image reads as native.
        int peHeader = BitConverter.ToInt32(image, 0x3C);
        int optionalHeader = peHeader + 4 + 20;
        int cliDirectory = optionalHeader + 96 + (14 * 8);
        Array.Clear(image, cliDirectory, 8);
        return image;
    }
}
