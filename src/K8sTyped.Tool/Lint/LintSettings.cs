using K8sTyped.Rules;

namespace K8sTyped.Tool.Lint;

/// <summary>How to lint: which rules at which severity, what the cluster holds, and how strictly to read.</summary>
/// <param name="Rules">Severity overrides and disabled rules.</param>
/// <param name="Cluster">The cluster profile, with the inventory objects.</param>
/// <param name="Strict">Unknown fields are errors (true) or warnings (false).</param>
/// <param name="SkipUnknownKinds">Objects of kinds the model does not have (custom resources) are skipped with a warning.</param>
internal sealed record LintSettings(RuleOptions Rules, ClusterProfile Cluster, bool Strict, bool SkipUnknownKinds = false);
