namespace K8sTyped.Rules;

/// <summary>Runs every rule over a manifest set. The same engine serves run time, the build and the IDE.</summary>
public static class RuleEngine
{
    /// <summary>Validates the manifests.</summary>
    public static ValidationResult Validate(ManifestSet manifests, RuleOptions? options = null)
    {
        if (manifests is null) throw new ArgumentNullException(nameof(manifests));
        options ??= RuleOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(manifests, options, diagnostics);
        foreach (var rule in RuleCatalog.Rules)
        {
            try
            {
                rule.Analyze(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug in one rule must not hide what the others found, nor crash the user's build.
                diagnostics.Add(new Diagnostic(
                    RuleDescriptors.RuleFailure, Severity.Warning,
                    $"Rule {rule.Descriptor.Id} failed and was skipped: {e.GetType().Name}: {e.Message}. Please report this.",
                    null, "", null));
            }
        }

        var ordered = diagnostics
            .Select((d, index) => (d, index))
            .OrderBy(x => x.d.Object?.ToString() ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.d.Path, StringComparer.Ordinal)
            .ThenBy(x => x.d.Id, StringComparer.Ordinal)
            .ThenBy(x => x.index)
            .Select(x => x.d)
            .ToList();
        return new ValidationResult(ordered);
    }
}
