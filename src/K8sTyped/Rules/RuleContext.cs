using K8sTyped.Models;
using K8sTyped.Origins;

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

    /// <summary>The objects of the cluster inventory that take part in the rules.</summary>
    internal ClusterInventory Inventory => ClusterInventory.Of(this);

    /// <summary>
    /// Reports a finding about one field of one object; the origin is looked up from the path. A finding that names
    /// other objects (the Service a StatefulSet refers to, the volume a claim cannot bind) passes them as
    /// <paramref name="related"/>, so the IDE can show where they were set too.
    /// </summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="obj">The object, where the user acts on the finding. An object of <see cref="ClusterProfile.Inventory"/> is never reported on.</param>
    /// <param name="path">The field path, e.g. <c>spec.volumeClaimTemplates[0].spec.accessModes</c>; "" for the object.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="severity">Overrides the rule's default severity for this finding.</param>
    /// <param name="related">
    /// The other objects the finding names, each with the path of the field that matters; their origins become
    /// <see cref="Diagnostic.RelatedOrigins"/> (unknown origins, and origins equal to the finding's own, are left out).
    /// </param>
    public void Report(
        RuleDescriptor rule, IKubernetesObject obj, string path, string message, Severity? severity = null,
        params (IKubernetesObject Object, string Path)[] related)
    {
        if (!_options.IsEnabled(rule.Id)) return;
        // Inventory objects are the cluster's, not the user's: a rule that reaches one has a bug, and it must not surface.
        if (Inventory.Contains(obj)) return;
        var origin = Manifests.OriginsOf(obj)?.Find(path);
        var relatedOrigins = new List<SourceOrigin>();
        foreach (var (relatedObject, relatedPath) in related ?? [])
        {
            if (relatedObject is null) continue;
            var relatedOrigin = Manifests.OriginsOf(relatedObject)?.Find(relatedPath ?? "");
            if (relatedOrigin is not null && relatedOrigin != origin && !relatedOrigins.Contains(relatedOrigin))
                relatedOrigins.Add(relatedOrigin);
        }

        _diagnostics.Add(new Diagnostic(
            rule, _options.SeverityOf(rule, severity), message, ManifestSet.ReferenceOf(obj), path, origin, relatedOrigins));
    }
}
