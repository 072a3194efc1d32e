using K8sTyped.Validation;
using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>
/// KT1311: a StorageClass is the default only when its is-default-class annotation is exactly "true"; "True", "yes"
/// or "1" leave the cluster without the default the author meant to set.
/// </summary>
internal sealed class DefaultClassAnnotationRule : ObjectRule<V1StorageClass>
{
    // Spellings of "no" mean what they say (the class is not the default), so they are not findings.
    private static readonly HashSet<string> s_spellingsOfNo = new(StringComparer.OrdinalIgnoreCase) { "false", "no", "n", "0", "off" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.DefaultClassAnnotation;

    /// <inheritdoc />
    protected override void Analyze(V1StorageClass storageClass, RuleContext context)
    {
        var annotations = storageClass.Metadata?.Annotations;
        if (annotations is null) return;

        foreach (var key in DefaultStorageClass.AnnotationKeys)
        {
            if (!annotations.TryGetValue(key, out var value) || value == "true" || s_spellingsOfNo.Contains(value.Trim())) continue;
            context.Report(
                Descriptor,
                storageClass,
                $"metadata.annotations[{key}]",
                $"StorageClass '{ManifestSet.NameOf(storageClass)}' has {key}: \"{value}\", but Kubernetes treats a class as the default "
                + "only when the value is exactly \"true\" (lower case, no spaces): this class is not the default, and claims without "
                + "a storageClassName get another class or stay Pending. Write \"true\".");
        }
    }
}
