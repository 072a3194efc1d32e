using K8sTyped.Models;

namespace K8sTyped.Rules.Storage;

/// <summary>KT1308: a StorageClass may only provision volumes that are deleted or retained; Recycle is rejected.</summary>
internal sealed class StorageClassRecycleRule : ObjectRule<V1StorageClass>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.StorageClassRecycle;

    /// <inheritdoc />
    protected override void Analyze(V1StorageClass storageClass, RuleContext context)
    {
        if (storageClass.ReclaimPolicy != "Recycle") return;
        context.Report(
            Descriptor,
            storageClass,
            "reclaimPolicy",
            $"StorageClass '{ManifestSet.NameOf(storageClass)}' has reclaimPolicy Recycle: the API server rejects it "
            + "(Unsupported value: \"Recycle\": supported values: \"Delete\", \"Retain\"). Use Delete to remove provisioned volumes "
            + "with their claims, or Retain to keep them.");
    }
}
