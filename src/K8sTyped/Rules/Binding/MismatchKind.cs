namespace K8sTyped.Rules.Binding;

/// <summary>Why a volume cannot serve a claim, in the order the binder checks (FindMatchingVolume, checkVolumeSatisfyClaim).</summary>
internal enum MismatchKind
{
    /// <summary>claimRef reserves the volume for another claim, or it is bound to one.</summary>
    ReservedForOtherClaim,

    /// <summary>capacity.storage is below the request.</summary>
    TooSmall,

    /// <summary>volumeMode differs (unset counts as Filesystem).</summary>
    VolumeMode,

    /// <summary>The volume is being deleted (an inventory volume with a deletionTimestamp).</summary>
    BeingDeleted,

    /// <summary>The volume is not in phase Available (an inventory volume that is Released, Failed, ...).</summary>
    NotAvailable,

    /// <summary>The claim's selector does not match the volume's labels.</summary>
    Selector,

    /// <summary>The classes differ ("" matches only "").</summary>
    StorageClass,

    /// <summary>The volume lacks an access mode the claim asks.</summary>
    AccessModes,
}
