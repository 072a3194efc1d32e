namespace K8sTyped.Rules;

/// <summary>
/// One rule: a descriptor and an analysis over a manifest set. Rules are discovered by <see cref="RuleCatalog"/>;
/// each lives in its own file with its own tests and docs/rules/KTnnnn.md.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's identity.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Looks at the manifests and reports what is wrong.</summary>
    public abstract void Analyze(RuleContext context);
}
