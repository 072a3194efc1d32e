using K8sTyped.Yaml;

namespace K8sTyped.Tests.OpenApi;

/// <summary>
/// The conformance check must catch what kubectl --validate=strict catches; and our strict reader, which works from the
/// generated schema instead of the document, must catch the same mistakes at the same place.
/// </summary>
public class OpenApiValidatorTests
{
    private const string Claim = """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes: [ReadWriteOnce]
          resources:
            requests:
              storage: 1Gi
        """;

    [Fact]
    public void A_valid_claim_has_no_violations()
    {
        Assert.Empty(Validate(Claim));
        Assert.Empty(KubernetesYaml.Read(Claim).Errors);
    }

    [Theory]
    [InlineData("  accessModes: [ReadWriteOnce]", "  accesModes: [ReadWriteOnce]", 6, 3, "unknown field \"spec.accesModes\"")]
    [InlineData("      storage: 1Gi", "      storage: 250mb", 9, 16, "is not a quantity")]
    [InlineData("  name: data", "  name: 42", 4, 9, "expected a string")]
    public void Mistakes_are_caught_at_their_line_by_both_checks(string line, string replacement, int expectedLine, int expectedColumn, string expectedMessage)
    {
        var text = Claim.Replace(line, replacement, StringComparison.Ordinal);

        var violation = Assert.Single(Validate(text));
        Assert.Contains(expectedMessage, violation.Message, StringComparison.Ordinal);
        Assert.Equal((expectedLine, expectedColumn), (violation.Line, violation.Column));

        var readError = Assert.Single(KubernetesYaml.Read(text, "claim.yaml").Errors);
        Assert.Equal(expectedLine, readError.Line);
    }

    [Fact]
    public void A_missing_required_field_is_a_violation()
    {
        var pod = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - image: nginx
            """;

        var violation = Assert.Single(Validate(pod));
        Assert.Equal("spec.containers[0]", violation.Path);
        Assert.Contains("missing required field \"name\"", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_for_an_integer_field_is_a_violation()
    {
        var text = Claim.Replace("  name: data", "  name: data\n  generation: \"3\"", StringComparison.Ordinal);

        var violation = Assert.Single(Validate(text));
        Assert.Equal("metadata.generation", violation.Path);
        Assert.Contains("expected an integer (int64)", violation.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<OpenApiViolation> Validate(string text) =>
        OpenApiValidator.Kubernetes136.Validate(YamlReader.Read(text, "claim.yaml").Single().Root!);
}
