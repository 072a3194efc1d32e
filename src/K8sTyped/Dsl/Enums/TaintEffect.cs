namespace K8sTyped;

/// <summary>The effect of a node taint a toleration matches (<c>effect</c>).</summary>
public enum TaintEffect
{
    /// <summary><c>NoSchedule</c>.</summary>
    NoSchedule,

    /// <summary><c>PreferNoSchedule</c>.</summary>
    PreferNoSchedule,

    /// <summary><c>NoExecute</c>.</summary>
    NoExecute,
}
