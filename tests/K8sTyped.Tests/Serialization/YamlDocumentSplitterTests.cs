using K8sTyped.Serialization;

namespace K8sTyped.Tests.Serialization;

public class YamlDocumentSplitterTests
{
    [Fact]
    public void Splits_at_document_markers_and_keeps_each_chunks_first_line()
    {
        const string text = "a: 1\n---\nb: 2\nc: |\n  ---\n--- # comment\r\nd: 3\n---";

        var chunks = YamlDocumentSplitter.Split(text);

        Assert.Equal(
            [(1, "a: 1\n"), (2, "---\nb: 2\nc: |\n  ---\n"), (6, "--- # comment\r\nd: 3\n"), (8, "---")],
            chunks.Select(chunk => (chunk.FirstLine, chunk.Text)));
        Assert.Equal(text, string.Concat(chunks.Select(chunk => chunk.Text)));
    }

    [Fact]
    public void Dashes_that_are_not_a_marker_do_not_split()
    {
        const string text = "a: 1\n----\n---x\n";

        var chunk = Assert.Single(YamlDocumentSplitter.Split(text));
        Assert.Equal((1, text), (chunk.FirstLine, chunk.Text));
    }
}
