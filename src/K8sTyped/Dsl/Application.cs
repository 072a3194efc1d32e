using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped;

/// <summary>
/// A set of resources deployed together, like a chart: it gives its namespaced resources a default namespace, puts
/// common labels on every object, declares what the resources use that exists outside them, and turns the whole into
/// model objects, YAML or JSON, and validation results.
/// </summary>
public sealed class Application
{
    private readonly List<Resource> _resources = [];
    private readonly List<AddedObject> _added = [];
    private readonly List<(Labels Labels, CallSite Site)> _commonLabels = [];
    private readonly List<ExternalDeclaration> _externals = [];

    private Application(string name) => Name = Require.NotEmpty(name, nameof(name));

    /// <summary>The application's name.</summary>
    public string Name { get; }

    /// <summary>The resources, in the order they were added.</summary>
    public IReadOnlyList<Resource> Resources => _resources;

    /// <summary>The typed model objects added beside the resources, as they were added, in the order they were added.</summary>
    public IReadOnlyList<IKubernetesObject> AddedObjects => [.. _added.Select(a => a.Model)];

    /// <summary>The namespace of namespaced resources that set none; null when the application sets none.</summary>
    public string? DefaultNamespace { get; private set; }

    /// <summary>The cluster's DNS domain, used in pod DNS names; <c>cluster.local</c> unless set.</summary>
    public string ClusterDomainName { get; private set; } = ClusterProfile.Default.ClusterDomain;

    internal CallSite? DefaultNamespaceSite { get; private set; }

    /// <summary>The common label sets with the calls that gave them, in call order.</summary>
    internal IReadOnlyList<(Labels Labels, CallSite Site)> CommonLabels => _commonLabels;

    /// <summary>An application named <paramref name="name"/>.</summary>
    public static Application Named(string name) => new(name);

    /// <summary>Puts every namespaced resource that sets no namespace of its own in <paramref name="namespace"/>.</summary>
    public Application InNamespace(string @namespace, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        DefaultNamespace = Require.NotEmpty(@namespace, nameof(@namespace));
        DefaultNamespaceSite = CallSite.Capture(callerFilePath, callerLine);
        return this;
    }

    /// <summary>Puts every namespaced resource that sets no namespace of its own in the namespace <paramref name="namespace"/> describes.</summary>
    public Application InNamespace(Namespace @namespace, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        InNamespace(Require.NotNull(@namespace, nameof(@namespace)).Name, callerFilePath, callerLine);

    /// <summary>
    /// Puts <paramref name="labels"/> on every object's <c>metadata.labels</c> and on every pod template's labels; never on
    /// selectors, which must not change once created. Labels a resource sets itself win.
    /// </summary>
    public Application WithLabels(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        _commonLabels.Add((Require.NotNull(labels, nameof(labels)), CallSite.Capture(callerFilePath, callerLine)));
        return this;
    }

    /// <summary>Sets the cluster's DNS domain (default <c>cluster.local</c>), used in pod DNS names and by the rules.</summary>
    public Application ClusterDomain(string domain)
    {
        ClusterDomainName = Require.NotEmpty(domain, nameof(domain));
        return this;
    }

    /// <summary>Adds resources; a resource belongs to one application.</summary>
    public Application Add(params Resource[] resources)
    {
        Require.NotNull(resources, nameof(resources));
        foreach (var resource in resources)
        {
            Require.NotNull(resource, nameof(resources));
            if (resource.Owner is { } owner)
            {
                var where = ReferenceEquals(owner, this) ? "this application already" : $"application '{owner.Name}'";
                throw new ArgumentException($"{resource} already belongs to {where}.", nameof(resources));
            }

            resource.Owner = this;
            _resources.Add(resource);
        }

        return this;
    }

    /// <summary>
    /// Adds typed model objects (a <c>V1PodDisruptionBudget</c>, a <c>V1NetworkPolicy</c>, …) beside the resources, for
    /// what the DSL does not describe. Each build works on a copy, so the application's namespace and common labels are
    /// applied as to a resource without changing <paramref name="objects"/>; later changes to an object show in later
    /// builds. They are written and validated with the resources.
    /// </summary>
    public Application Add(params IKubernetesObject[] objects)
    {
        Require.NotNull(objects, nameof(objects));
        var site = Sites.AmbientOnly();
        foreach (var model in objects)
        {
            Require.NotNull(model, nameof(objects));
            if (!ModelCatalog.TryGet(model.GetType(), out _))
                throw new ArgumentException($"{model.GetType().Name} is not a type of the Kubernetes model.", nameof(objects));
            _added.Add(new AddedObject(model, site));
        }

        return this;
    }

    /// <summary>Declares a Secret that exists outside these manifests (in <paramref name="namespace"/>, default the application's).</summary>
    public Application ExternalSecret(string name, string? @namespace = null) => Declare(V1Secret.KubeKind, name, @namespace, namespaced: true);

    /// <summary>Declares a ConfigMap that exists outside these manifests (in <paramref name="namespace"/>, default the application's).</summary>
    public Application ExternalConfigMap(string name, string? @namespace = null) => Declare(V1ConfigMap.KubeKind, name, @namespace, namespaced: true);

    /// <summary>Declares a Service that exists outside these manifests (in <paramref name="namespace"/>, default the application's).</summary>
    public Application ExternalService(string name, string? @namespace = null) => Declare(V1Service.KubeKind, name, @namespace, namespaced: true);

    /// <summary>Declares a PersistentVolumeClaim that exists outside these manifests (in <paramref name="namespace"/>, default the application's).</summary>
    public Application ExternalClaim(string name, string? @namespace = null) => Declare(V1PersistentVolumeClaim.KubeKind, name, @namespace, namespaced: true);

    /// <summary>Declares a StorageClass the cluster provides.</summary>
    public Application ExternalStorageClass(string name) => Declare(V1StorageClass.KubeKind, name, null, namespaced: false);

    /// <summary>Fresh model objects for every resource, built now, in manifest order (<see cref="KubernetesObjectOrder"/>).</summary>
    public IReadOnlyList<IKubernetesObject> Objects => Build().Objects;

    /// <summary>
    /// Builds every resource now, once: the objects with where each value was set, ready to write and validate without
    /// building them again.
    /// </summary>
    /// <exception cref="KubernetesSerializationException">An added model object cannot be written (e.g. a null list item); the message names its field path.</exception>
    public ApplicationBuild Build() =>
        new(
            KubernetesObjectOrder.SortBy(_resources.Select(r => r.BuildWithOrigins()).Concat(_added.Select(a => a.Build(this))), b => ObjectSortKey.Of(b.Model)),
            [], Externals(), ClusterDomainName);

    /// <summary>The objects as a multi-document YAML manifest.</summary>
    public string ToYaml() => Build().ToYaml();

    /// <summary>The objects as a JSON <c>v1 List</c>.</summary>
    public string ToJson() => Build().ToJson();

    /// <summary>
    /// Runs every rule over the built objects (<see cref="ToManifestSet(ClusterProfile)"/>), and adds the values the DSL could not use (KT0002).
    /// </summary>
    public ValidationResult Validate(ClusterProfile? cluster = null, RuleOptions? options = null) => Build().Validate(cluster, options);

    /// <summary>
    /// What the rules look at: fresh objects, where each of their values was set, and the external declarations.
    /// Without <paramref name="cluster"/>, a stock cluster with this application's cluster domain is assumed.
    /// </summary>
    public ManifestSet ToManifestSet(ClusterProfile? cluster = null) => Build().ToManifestSet(cluster);

    private ExternalObjects Externals()
    {
        var externals = new ExternalObjects();
        foreach (var declaration in _externals)
        {
            // Namespaced objects without a namespace match the objects that set none ("" in ManifestSet.NamespaceOf).
            var @namespace = declaration.Namespaced ? declaration.Namespace ?? DefaultNamespace ?? "" : null;
            externals.Declare(declaration.Kind, @namespace, declaration.Name);
        }

        return externals;
    }

    private Application Declare(string kind, string name, string? @namespace, bool namespaced)
    {
        Require.NotEmpty(name, nameof(name));
        if (@namespace is not null) Require.NotEmpty(@namespace, nameof(@namespace));
        _externals.Add(new ExternalDeclaration(kind, @namespace, name, namespaced));
        return this;
    }

    /// <summary>An object declared to exist outside the manifests; a null namespace means the application's, resolved at validation.</summary>
    private sealed record ExternalDeclaration(string Kind, string? Namespace, string Name, bool Namespaced);
}
