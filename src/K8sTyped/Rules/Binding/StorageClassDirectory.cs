using K8sTyped.Validation;
using K8sTyped.Models;

namespace K8sTyped.Rules.Binding;

/// <summary>
/// The StorageClasses a simulation knows: those in the manifests, those of the cluster inventory, the default among
/// them, and the external classes and default-class facts of the cluster profile. Resolves a claim's class the way the
/// DefaultStorageClass admission plugin does.
/// </summary>
internal sealed class StorageClassDirectory
{
    private readonly Dictionary<string, (V1StorageClass Class, bool IsInventory)> _byName = new(StringComparer.Ordinal);
    private readonly ManifestSet _manifests;
    private readonly (V1StorageClass Class, bool IsInventory)? _default;

    public StorageClassDirectory(ManifestSet manifests, ClusterInventory inventory)
    {
        _manifests = manifests;
        // The first class of a name counts; the manifests' come first, and the inventory holds none the manifests replace.
        var classes = manifests.OfType<V1StorageClass>().Select(c => (c, false)).Concat(inventory.OfType<V1StorageClass>().Select(c => (c, true)));
        foreach (var (storageClass, isInventory) in classes)
        {
            var name = ManifestSet.NameOf(storageClass);
            if (!_byName.ContainsKey(name)) _byName.Add(name, (storageClass, isInventory));
        }

        // GetDefaultClass picks the newest default (by creationTimestamp, ties by name). A class of the manifests is
        // created at apply, so it is newer than any class already in the cluster; manifests carry no creation time, so
        // among them the first by name stands in for the newest (KT2009 reports several defaults).
        var manifestDefault = _byName.Values
            .Where(c => !c.IsInventory && DefaultStorageClass.IsDefault(c.Class))
            .OrderBy(c => ManifestSet.NameOf(c.Class), StringComparer.Ordinal)
            .Select(c => ((V1StorageClass, bool)?)c)
            .FirstOrDefault();
        _default = manifestDefault ?? _byName.Values
            .Where(c => c.IsInventory && DefaultStorageClass.IsDefault(c.Class))
            .OrderByDescending(c => c.Class.Metadata?.CreationTimestamp ?? DateTime.MinValue)
            .ThenBy(c => ManifestSet.NameOf(c.Class), StringComparer.Ordinal)
            .Select(c => ((V1StorageClass, bool)?)c)
            .FirstOrDefault();
    }

    /// <summary>The class a claim gets after admission.</summary>
    public ResolvedClass Resolve(StorageClassRequest request)
    {
        if (!request.IsUnset)
            return Named(request.Name!, wasDefaulted: false);
        // A default class the inventory shows is a fact about the cluster and outranks HasDefaultStorageClass.
        if (_default is { } found)
            return Named(ManifestSet.NameOf(found.Class), wasDefaulted: true);
        return _manifests.Cluster.HasDefaultStorageClass switch
        {
            true => new ResolvedClass(null, ClassCertainty.ClusterDefault, null, IsDeclaredExternal: true, WasDefaulted: true),
            false => new ResolvedClass("", ClassCertainty.Known, null, IsDeclaredExternal: false, WasDefaulted: false),
            null => new ResolvedClass(null, ClassCertainty.DefaultUnknown, null, IsDeclaredExternal: false, WasDefaulted: false),
        };
    }

    private ResolvedClass Named(string name, bool wasDefaulted)
    {
        var found = _byName.TryGetValue(name, out var entry) ? entry : default;
        return new(
            name, ClassCertainty.Known, found.Class, _manifests.Externals.Contains(V1StorageClass.KubeKind, null, name), wasDefaulted,
            found.IsInventory);
    }
}
