using K8sTyped.Models;

namespace K8sTyped.Validation;

/// <summary>
/// Which StorageClass is the default (k8s.io/component-helpers storage util <c>IsDefaultAnnotation</c>): the GA or the
/// beta is-default-class annotation set to exactly <c>"true"</c>. Shared by the DSL, the rules and the binding simulation.
/// </summary>
public static class DefaultStorageClass
{
    /// <summary>The annotation that marks the default class.</summary>
    public const string AnnotationKey = "storageclass.kubernetes.io/is-default-class";

    /// <summary>The beta form of <see cref="AnnotationKey"/>, still honoured by the API server.</summary>
    public const string BetaAnnotationKey = "storageclass.beta.kubernetes.io/is-default-class";

    /// <summary>Both keys, GA first.</summary>
    public static IReadOnlyList<string> AnnotationKeys { get; } = [AnnotationKey, BetaAnnotationKey];

    /// <summary>The key that makes <paramref name="storageClass"/> the default, or null when it is not the default.</summary>
    public static string? MarkingKey(V1StorageClass storageClass)
    {
        if (storageClass is null) throw new ArgumentNullException(nameof(storageClass));
        var annotations = storageClass.Metadata?.Annotations;
        return annotations is null
            ? null
            : AnnotationKeys.FirstOrDefault(key => annotations.TryGetValue(key, out var value) && value == "true");
    }

    /// <summary>Whether <paramref name="storageClass"/> is marked default.</summary>
    public static bool IsDefault(V1StorageClass storageClass) => MarkingKey(storageClass) is not null;
}
