using K8sTyped.Validation;
using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// The StorageClasses a simulation knows: those in the manifests, the default among them, and the external classes and
/// default-class facts of the cluster profile. Resolves a claim's class the way the DefaultStorageClass admission
/// plugin does.
/// </summary>
internal sealed class StorageClassDirectory
{
    private readonly Dictionary<string, V1StorageClass> _byName = new(StringComparer.Ordinal);
    private readonly ManifestSet _manifests;
    private readonly V1StorageClass? _default;

    public StorageClassDirectory(ManifestSet manifests)
    {
        _manifests = manifests;
        foreach (var storageClass in manifests.OfType<V1StorageClass>())
        {
            var name = ManifestSet.NameOf(storageClass);
            if (!_byName.ContainsKey(name)) _byName.Add(name, storageClass);
        }

        // GetDefaultClass picks the newest of several defaults; manifests carry no creation time, so the first by name
        // stands in for it (KT2009 reports several defaults).
        _default = _byName.Values
            .Where(DefaultStorageClass.IsDefault)
            .OrderBy(ManifestSet.NameOf, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The StorageClass of that name in the manifests, if any.</summary>
    public V1StorageClass? Find(string name) => _byName.TryGetValue(name, out var storageClass) ? storageClass : null;

    /// <summary>The class a claim gets after admission.</summary>
    public ResolvedClass Resolve(StorageClassRequest request)
    {
        if (!request.IsUnset)
            return Named(request.Name!, wasDefaulted: false);
        if (_default is not null)
            return Named(ManifestSet.NameOf(_default), wasDefaulted: true);
        return _manifests.Cluster.HasDefaultStorageClass switch
        {
            true => new ResolvedClass(null, ClassCertainty.ClusterDefault, null, IsDeclaredExternal: true, WasDefaulted: true),
            false => new ResolvedClass("", ClassCertainty.Known, null, IsDeclaredExternal: false, WasDefaulted: false),
            null => new ResolvedClass(null, ClassCertainty.DefaultUnknown, null, IsDeclaredExternal: false, WasDefaulted: false),
        };
    }

    private ResolvedClass Named(string name, bool wasDefaulted) =>
        new(name, ClassCertainty.Known, Find(name), _manifests.Externals.Contains(V1StorageClass.KubeKind, null, name), wasDefaulted);
}
