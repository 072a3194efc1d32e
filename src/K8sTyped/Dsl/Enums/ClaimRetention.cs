namespace K8sTyped;

/// <summary>What a StatefulSet does with its pods' claims when it is deleted or scaled down (<c>persistentVolumeClaimRetentionPolicy</c>).</summary>
public enum ClaimRetention
{
    /// <summary><c>Retain</c>: keep the claims (and their data).</summary>
    Retain,

    /// <summary><c>Delete</c>: delete the claims.</summary>
    Delete,
}
