using System.Runtime.CompilerServices;
using K8sTyped.Models;

namespace K8sTyped.Rules;

/// <summary>
/// The objects of <see cref="ClusterProfile.Inventory"/> as rules consult them: objects that already exist in the
/// cluster. They satisfy references, their volumes bind and their classes provision, but they are never reported on.
/// </summary>
/// <remarks>
/// Applying the manifests replaces a live object of the same kind, namespace and name, so an inventory object the
/// manifests also define is left out: the manifests' version is the one that counts. A manifest object without a
/// namespace lands in whatever namespace it is applied to, so it finds, and replaces, inventory objects of its kind and
/// name in any namespace (the same assumption the binding simulation makes for a claimRef).
/// </remarks>
internal sealed class ClusterInventory
{
    /// <summary>How messages mark an object of the inventory, right after its name.</summary>
    public const string Mark = " (in the cluster inventory)";

    private static readonly ConditionalWeakTable<RuleContext, ClusterInventory> s_cache = new();

    private readonly HashSet<IKubernetesObject> _all = new(ReferenceComparer.Instance);
    private readonly HashSet<IKubernetesObject> _replaced = new(ReferenceComparer.Instance);
    private readonly Dictionary<(string Kind, string Name), List<IKubernetesObject>> _byName = [];

    public ClusterInventory(ManifestSet manifests)
    {
        WasGiven = manifests.Cluster.Inventory.Count > 0;
        var defined = new HashSet<(string Kind, string? Namespace, string Name)>(manifests.Objects.Select(Key));
        var manifestObjects = new HashSet<IKubernetesObject>(manifests.Objects, ReferenceComparer.Instance);
        var objects = new List<IKubernetesObject>();
        foreach (var obj in manifests.Cluster.Inventory)
        {
            // An object handed over both as a manifest and as inventory is a manifest: the user owns it.
            if (obj is null || manifestObjects.Contains(obj)) continue;
            _all.Add(obj);
            var name = (obj.Kind ?? "", ManifestSet.NameOf(obj));
            if (!_byName.TryGetValue(name, out var sameName)) _byName.Add(name, sameName = []);
            sameName.Add(obj);
            var key = Key(obj);
            if (defined.Contains(key) || (key.Namespace is not null && defined.Contains((key.Kind, "", key.Name))))
                _replaced.Add(obj);
            else
                objects.Add(obj);
        }

        Objects = objects;
    }

    /// <summary>Whether the profile has an inventory at all: messages that say where nothing was found then name it.</summary>
    public bool WasGiven { get; }

    /// <summary>The inventory objects the manifests do not replace, in inventory order.</summary>
    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>The inventory of the run's manifests, built on first use.</summary>
    public static ClusterInventory Of(RuleContext context) => s_cache.GetValue(context, static c => new ClusterInventory(c.Manifests));

    /// <summary>The inventory objects of one model type.</summary>
    public IEnumerable<T> OfType<T>() where T : IKubernetesObject => Objects.OfType<T>();

    /// <summary>Whether <paramref name="obj"/> (this very instance) came from the inventory, so no rule may report on it.</summary>
    public bool Contains(IKubernetesObject obj) => _all.Contains(obj);

    /// <summary>
    /// The inventory objects of <paramref name="kind"/> named <paramref name="name"/> in <paramref name="namespace"/>
    /// (null for cluster-scoped kinds; "" for a manifest object without a namespace, which matches any namespace).
    /// </summary>
    public IEnumerable<IKubernetesObject> Find(string kind, string? @namespace, string name) =>
        FindLive(kind, @namespace, name).Where(o => !_replaced.Contains(o));

    /// <summary>
    /// Like <see cref="Find"/>, but also the live objects the manifests replace: what the cluster holds right now under
    /// that name (a claim's UID, for example, survives the apply).
    /// </summary>
    public IEnumerable<IKubernetesObject> FindLive(string kind, string? @namespace, string name) =>
        _byName.TryGetValue((kind, name), out var sameName)
            ? sameName.Where(o => @namespace == "" || ManifestSet.NamespaceOf(o) == @namespace)
            : [];

    /// <summary>Whether the inventory holds such an object.</summary>
    public bool Exists(string kind, string? @namespace, string name) => Find(kind, @namespace, name).Any();

    /// <summary><see cref="Mark"/> for an inventory object, "" otherwise.</summary>
    public string MarkOf(IKubernetesObject obj) => Contains(obj) ? Mark : "";

    private static (string Kind, string? Namespace, string Name) Key(IKubernetesObject obj) =>
        (obj.Kind ?? "", ManifestSet.NamespaceOf(obj), ManifestSet.NameOf(obj));

    // Inventory objects are told apart by identity: two reads of the same YAML give equal but distinct objects.
    private sealed class ReferenceComparer : IEqualityComparer<IKubernetesObject>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(IKubernetesObject? x, IKubernetesObject? y) => ReferenceEquals(x, y);

        public int GetHashCode(IKubernetesObject obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
