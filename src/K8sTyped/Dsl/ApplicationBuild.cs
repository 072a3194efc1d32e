using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped;

/// <summary>
/// The objects of an <see cref="Application"/> built once, with where each value was set and the values the DSL could
/// not use: write them and validate them without building (and running <c>Configure</c> callbacks) again. The build-time
/// generator writes and the analyzers validate the same build, so what they report is about exactly what was written.
/// </summary>
public sealed class ApplicationBuild
{
    private readonly IReadOnlyList<BuiltObject> _built;
    private readonly IReadOnlyList<(IKubernetesObject Model, OriginMap? Origins)> _others;
    private readonly ExternalObjects _externals;

    internal ApplicationBuild(IReadOnlyList<BuiltObject> built, IReadOnlyList<(IKubernetesObject, OriginMap?)> others, ExternalObjects externals, string clusterDomain)
    {
        _built = built;
        _others = others;
        _externals = externals;
        ClusterDomain = clusterDomain;
        Objects = [.. KubernetesObjectOrder.Sort(built.Select(b => b.Model).Concat(others.Select(o => o.Item1)))];
    }

    /// <summary>Every object, in manifest order (<see cref="KubernetesObjectOrder"/>).</summary>
    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>The cluster DNS domain the application was built for.</summary>
    public string ClusterDomain { get; }

    /// <summary>
    /// This build with <paramref name="objects"/> (typed model objects made outside the DSL) beside the application's
    /// own: they are written and validated together, with the origins <paramref name="originsOf"/> gives (see
    /// <see cref="OriginMap.FromAssignments"/>), if any.
    /// </summary>
    public ApplicationBuild Including(IEnumerable<IKubernetesObject> objects, Func<IKubernetesObject, OriginMap?>? originsOf = null) =>
        new(_built, [.. _others, .. (objects ?? throw new ArgumentNullException(nameof(objects))).Select(o => (o, originsOf?.Invoke(o)))], _externals, ClusterDomain);

    /// <summary>
    /// This build with further origins for the typed model objects added with <see cref="Application.Add(IKubernetesObject[])"/>:
    /// <paramref name="originsOf"/> gets each object as it was added and says where its fields were set (the build-time
    /// generator knows every assignment it evaluated; see <see cref="OriginMap.FromAssignments"/>). They take precedence
    /// over the <c>Add</c> call; the namespace and common labels the application gave keep theirs.
    /// </summary>
    public ApplicationBuild WithAddedObjectOrigins(Func<IKubernetesObject, OriginMap?> originsOf)
    {
        if (originsOf is null) throw new ArgumentNullException(nameof(originsOf));
        var built = _built.Select(b => b.Added is { } added && originsOf(added) is { } found
            ? b with { Origins = OriginMap.Overlay(b.Origins, found) }
            : b).ToList();
        return new ApplicationBuild(built, _others, _externals, ClusterDomain);
    }

    /// <summary>The objects as a multi-document YAML manifest.</summary>
    public string ToYaml() => KubernetesYaml.Serialize(Objects);

    /// <summary>The objects as a JSON <c>v1 List</c>.</summary>
    public string ToJson() => KubernetesYaml.SerializeJson(Objects);

    /// <summary>
    /// What the rules look at: the objects, where each of their values was set, and the external declarations plus
    /// <paramref name="deployedElsewhere"/> (what other applications deploy beside this one: references may name those
    /// objects, and their pods count for selectors).
    /// Without <paramref name="cluster"/>, a stock cluster with this application's cluster domain is assumed.
    /// </summary>
    public ManifestSet ToManifestSet(ClusterProfile? cluster = null, IEnumerable<IKubernetesObject>? deployedElsewhere = null)
    {
        var origins = new OriginTable();
        foreach (var b in _built)
            origins.Add(b.Model, b.Origins);
        foreach (var (model, map) in _others)
        {
            // The same object may be held by two members (a field and a list of them): it has one set of origins.
            if (map is not null && origins.Find(model) is null) origins.Add(model, map);
        }
        var externals = _externals;
        if (deployedElsewhere is not null)
        {
            externals = new ExternalObjects();
            foreach (var reference in _externals.Declared)
                externals.Declare(reference.Kind, reference.Namespace, reference.Name);
            foreach (var obj in deployedElsewhere)
                externals.Deploy(obj);
        }

        return new ManifestSet(Objects, origins.Find, externals, cluster ?? ClusterProfile.Default with { ClusterDomain = ClusterDomain });
    }

    /// <summary>Runs every rule over the objects (<see cref="ToManifestSet"/>), and adds the values the DSL could not use (KT0002).</summary>
    public ValidationResult Validate(ClusterProfile? cluster = null, RuleOptions? options = null, IEnumerable<IKubernetesObject>? deployedElsewhere = null) =>
        Validate(ToManifestSet(cluster, deployedElsewhere), options);

    /// <summary>
    /// Runs every rule over <paramref name="manifests"/>, a set this build made (<see cref="ToManifestSet"/>), and adds
    /// the values the DSL could not use (KT0002).
    /// </summary>
    public ValidationResult Validate(ManifestSet manifests, RuleOptions? options = null)
    {
        options ??= RuleOptions.Default;
        // A value the DSL could not use is reported once, as KT0002: a rule that finds that field missing says nothing new.
        var dropped = new HashSet<(ObjectReference, string)>(_built.SelectMany(b => b.Issues.Select(issue => (ManifestSet.ReferenceOf(b.Model), issue.Path))));
        var ruleFindings = RuleEngine.Validate(manifests ?? throw new ArgumentNullException(nameof(manifests)), options).Diagnostics
            .Where(d => d.Object is not { } reference || !dropped.Contains((reference, d.Path)));
        var dslFindings = options.IsEnabled(RuleDescriptors.InvalidDslValue.Id)
            ? _built.SelectMany(b => b.Issues.Select(issue => new Diagnostic(
                RuleDescriptors.InvalidDslValue,
                options.SeverityOf(RuleDescriptors.InvalidDslValue, null),
                issue.Message,
                ManifestSet.ReferenceOf(b.Model),
                issue.Path,
                issue.Origin)))
            : [];
        // The engine's order (object, path, rule), so DSL findings sit beside the rule findings on the same object.
        var ordered = dslFindings.Concat(ruleFindings)
            .OrderBy(d => d.Object?.ToString() ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new ValidationResult(ordered);
    }
}
