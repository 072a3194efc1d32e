using K8sTyped.Models;

namespace K8sTyped.Rules.Changes;

/// <summary>
/// KT4004: a deployed StorageClass changes its provisioner, parameters, reclaimPolicy or volumeBindingMode.
/// ValidateStorageClassUpdate (pkg/apis/storage/validation) forbids each; allowVolumeExpansion, mountOptions,
/// allowedTopologies and metadata may change.
/// </summary>
internal sealed class StorageClassChangeRule : ObjectRule<V1StorageClass>
{
    // Each immutable field with the API server's answer to a change of it.
    private static readonly (string Field, string Refusal)[] s_immutable =
    [
        ("provisioner", "provisioner: Forbidden: updates to provisioner are forbidden."),
        ("parameters", "parameters: Forbidden: updates to parameters are forbidden."),
        ("reclaimPolicy", "reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden."),
        ("volumeBindingMode", "volumeBindingMode: Invalid value: ...: field is immutable"),
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.StorageClassChanged;

    /// <inheritdoc />
    protected override void Analyze(V1StorageClass storageClass, RuleContext context)
    {
        if (DeployedVersions.Of(context).Of(storageClass) is not { } deployed) return;
        var name = ManifestSet.NameOf(storageClass);
        foreach (var (field, refusal) in s_immutable)
        {
            var changes = FieldChanges.Between(storageClass, deployed, field);
            if (changes.Count == 0) continue;
            var change = changes.FirstOrDefault(c => c.Current is not null) ?? changes[0];
            context.Report(Descriptor, storageClass, change.Current is not null ? change.Path : field,
                $"StorageClass '{name}' changes {field}: {change.Path} is {FieldChange.Describe(change.Current)}, was {FieldChange.Describe(change.Deployed)} {deployed.Source}. " +
                $"kubectl apply is refused: \"{refusal}\". A class describes volumes that already exist: create a StorageClass under a new name for new claims " +
                $"(existing volumes keep what '{name}' said when they were provisioned), or, if nothing provisions from '{name}' any more, delete it and apply.");
        }
    }
}
