namespace K8sTyped.Rules.Binding;

/// <summary>Why a claim stays Pending.</summary>
internal enum PendingCause
{
    /// <summary>No volume fits and the class is "": nothing provisions (the controller's "no storage class is set").</summary>
    NoVolumeAndNoClass,

    /// <summary>No volume fits and the class's provisioner, kubernetes.io/no-provisioner, never creates volumes.</summary>
    NoProvisioner,

    /// <summary>No volume fits and the class's provisioner cannot give an access mode the claim asks.</summary>
    ProvisionerLacksAccessMode,

    /// <summary>No volume fits and provisioners refuse claims with a selector ("claim Selector is not supported").</summary>
    SelectorPreventsProvisioning,

    /// <summary>Volumes fit, but other claims took every one of them first.</summary>
    LostToOtherClaims,

    /// <summary>spec.volumeName names a volume that fails checkVolumeSatisfyClaim.</summary>
    RequestedVolumeMismatch,

    /// <summary>spec.volumeName names a volume that is reserved for, or bound to, another claim.</summary>
    RequestedVolumeTaken,
}
