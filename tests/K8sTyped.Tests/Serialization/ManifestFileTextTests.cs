using System.Text;
using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Serialization;

/// <summary>A manifest file's bytes are decoded strictly: an invalid byte is an error at its line and column, never a silent U+FFFD.</summary>
public class ManifestFileTextTests
{
    private static byte[] Bytes(string before, byte[] invalid, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. invalid, .. Encoding.UTF8.GetBytes(after)];

    [Theory]
    [InlineData(new byte[] { 0xFF }, "0xFF")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "0xC0")]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, "0xE0")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "0xF4")]
    [InlineData(new byte[] { 0x80 }, "0x80")]
    [InlineData(new byte[] { 0xE2, 0x82 }, "0xE2")]
    public void An_invalid_UTF8_sequence_is_an_error_at_its_first_byte(byte[] invalid, string shown)
    {
        var bytes = Bytes("a: 1\r\nb: \"é\"\nc: x", invalid, "y\n");

        Assert.False(ManifestFileText.TryDecode(bytes, out _, out var mark, out var reason));

        Assert.Equal(new SourceMark(3, 5), mark);
        Assert.Equal($"invalid UTF-8: byte {shown} is not part of a valid character; save the file as UTF-8", reason);
    }

    [Fact]
    public void A_sequence_cut_off_by_the_end_of_the_file_is_an_error()
    {
        Assert.False(ManifestFileText.TryDecode(Bytes("a: ", [0xF0, 0x9F, 0x98], ""), out _, out var mark, out _));
        Assert.Equal(new SourceMark(1, 4), mark);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Valid_text_decodes_exactly(string encoding)
    {
        const string text = "a: \"é € \U0001F600\"\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        Assert.True(ManifestFileText.TryDecode(bytes, out var decoded, out _, out _));
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void An_unpaired_surrogate_in_UTF16_is_an_error_at_it()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a: 1\nb: x"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\n")];

        Assert.False(ManifestFileText.TryDecode(bytes, out _, out var mark, out var reason));

        Assert.Equal(new SourceMark(2, 5), mark);
        Assert.StartsWith("invalid UTF-16", reason);
    }

    [Fact]
    public void ReadFile_reports_an_invalid_byte_as_a_read_error_and_reads_a_valid_file()
    {
        var directory = Directory.CreateTempSubdirectory("k8styped-encoding-");
        try
        {
            var valid = Path.Combine(directory.FullName, "valid.yaml");
            File.WriteAllBytes(valid, Encoding.UTF8.GetBytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: café\n"));
            var invalid = Path.Combine(directory.FullName, "invalid.yaml");
            File.WriteAllBytes(invalid, Bytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf", [0xE9], "\n"));

            var read = KubernetesYaml.ReadFile(valid);
            Assert.Equal("café", Assert.IsType<V1ConfigMap>(Assert.Single(read.Objects)).Metadata!.Name);

            var rejected = KubernetesYaml.ReadFile(invalid);
            Assert.Empty(rejected.Objects);
            Assert.Equal(
                $"{invalid}:4:12: invalid UTF-8: byte 0xE9 is not part of a valid character; save the file as UTF-8",
                Assert.Single(rejected.Errors).ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadBytes_decodes_strictly_and_names_the_input_as_given()
    {
        var read = KubernetesYaml.ReadBytes(Encoding.UTF8.GetBytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: café\n"), "<stdin>");
        var rejected = KubernetesYaml.ReadBytes(Bytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf", [0xE9], "\n"), "deploy/cm.yaml");

        Assert.Equal("<stdin>(4,9)", read.OriginsOf(Assert.Single(read.Objects))!.Find("metadata.name")!.ToString());
        Assert.Equal(
            "deploy/cm.yaml:4:12: invalid UTF-8: byte 0xE9 is not part of a valid character; save the file as UTF-8",
            Assert.Single(rejected.Errors).ToString());
    }
}
