namespace K8sTyped.Generator;

/// <summary>Names of the pipeline steps, so tests can check each step is cached after an unrelated edit.</summary>
internal static class TrackingNames
{
    public const string Targets = "ManifestTargets";
    public const string Specs = "ManifestSpecs";
}
