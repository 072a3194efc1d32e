using K8sTyped.Models;
using K8sTyped.Validation;

namespace K8sTyped.Tests.Validation;

public class DefaultStorageClassTests
{
    [Theory]
    [InlineData(DefaultStorageClass.AnnotationKey, "true", DefaultStorageClass.AnnotationKey)]
    [InlineData(DefaultStorageClass.BetaAnnotationKey, "true", DefaultStorageClass.BetaAnnotationKey)]
    [InlineData(DefaultStorageClass.AnnotationKey, "True", null)]
    [InlineData(DefaultStorageClass.AnnotationKey, " true", null)]
    [InlineData("example.com/is-default-class", "true", null)]
    public void Only_exactly_true_on_a_known_key_marks_the_default(string key, string value, string? expected)
    {
        var storageClass = new V1StorageClass { Metadata = new V1ObjectMeta { Annotations = new Dictionary<string, string> { [key] = value } } };

        Assert.Equal(expected, DefaultStorageClass.MarkingKey(storageClass));
        Assert.Equal(expected is not null, DefaultStorageClass.IsDefault(storageClass));
    }

    [Fact]
    public void A_class_without_annotations_is_not_the_default() =>
        Assert.False(DefaultStorageClass.IsDefault(new V1StorageClass()));
}
