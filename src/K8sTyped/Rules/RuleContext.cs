using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>What a rule sees while it runs: the manifests, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly RuleOptions _options;

    internal RuleContext(ManifestSet manifests, RuleOptions options, List<Diagnostic> diagnostics)
    {
        Manifests = manifests;
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>The manifests under validation.</summary>
    public ManifestSet Manifests { get; }

    /// <summary>Reports a finding about one field of one object; the origin is looked up from the path.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="obj">The object.</param>
    /// <param name="path">The field path, e.g. <c>spec.volumeClaimTemplates[0].spec.accessModes</c>; "" for the object.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="severity">Overrides the rule's default severity for this finding.</param>
    public void Report(RuleDescriptor rule, IKubernetesObject obj, string path, string message, Severity? severity = null)
    {
        if (!_options.IsEnabled(rule.Id)) return;
        var origin = Manifests.OriginsOf(obj)?.Find(path);
        _diagnostics.Add(new Diagnostic(rule, _options.SeverityOf(rule, severity), message, ManifestSet.ReferenceOf(obj), path, origin));
    }
}
