using System.Collections;

namespace K8sTyped;

/// <summary>
/// An immutable set of labels, defined once and reused wherever the same labels must appear (a workload's selector and
/// its pod template, a Service's selector). Two label sets are equal when they hold the same pairs, in any order;
/// enumeration keeps the order the labels were given.
/// </summary>
public sealed class Labels : IReadOnlyDictionary<string, string>, IEquatable<Labels>
{
    private readonly KeyValuePair<string, string>[] _entries;

    private Labels(KeyValuePair<string, string>[] entries) => _entries = entries;

    /// <summary>No labels.</summary>
    public static Labels None { get; } = new([]);

    /// <summary>One label, e.g. <c>Labels.Of("app", "mariadb")</c>.</summary>
    public static Labels Of(string key, string value) => None.And(key, value);

    /// <summary>Several labels, e.g. <c>Labels.Of(("app", "mariadb"), ("tier", "db"))</c>; a repeated key keeps its last value.</summary>
    public static Labels Of(params (string Key, string Value)[] labels)
    {
        if (labels is null) throw new ArgumentNullException(nameof(labels));
        var result = None;
        foreach (var (key, value) in labels)
            result = result.And(key, value);
        return result;
    }

    /// <summary>These labels plus <paramref name="key"/>=<paramref name="value"/> (replacing the value of an existing key).</summary>
    public Labels And(string key, string value)
    {
        Require.NotEmpty(key, nameof(key));
        if (value is null) throw new ArgumentNullException(nameof(value));
        var entry = new KeyValuePair<string, string>(key, value);
        var index = IndexOf(key);
        if (index < 0)
            return new Labels([.. _entries, entry]);
        var copy = (KeyValuePair<string, string>[])_entries.Clone();
        copy[index] = entry;
        return new Labels(copy);
    }

    /// <summary>These labels plus every label of <paramref name="other"/>, whose values win on shared keys.</summary>
    public Labels And(Labels other)
    {
        if (other is null) throw new ArgumentNullException(nameof(other));
        var result = this;
        foreach (var entry in other._entries)
            result = result.And(entry.Key, entry.Value);
        return result;
    }

    /// <inheritdoc />
    public string this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"There is no label '{key}'.");

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<string> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value)
    {
        var index = IndexOf(key);
        value = index < 0 ? null! : _entries[index].Value;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A new mutable copy, for a model object's label map.</summary>
    internal Dictionary<string, string> ToDictionary()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in _entries)
            map[entry.Key] = entry.Value;
        return map;
    }

    /// <inheritdoc />
    public bool Equals(Labels? other) =>
        other is not null && other.Count == Count
        && _entries.All(e => other.TryGetValue(e.Key, out var value) && string.Equals(value, e.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Labels);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent, to agree with Equals.
        var hash = 0;
        foreach (var entry in _entries)
            hash ^= StringComparer.Ordinal.GetHashCode(entry.Key) * 31 + StringComparer.Ordinal.GetHashCode(entry.Value);
        return hash;
    }

    /// <summary>Whether two label sets hold the same pairs.</summary>
    public static bool operator ==(Labels? left, Labels? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two label sets differ.</summary>
    public static bool operator !=(Labels? left, Labels? right) => !(left == right);

    /// <summary><c>app=mariadb,tier=db</c>, the selector syntax of kubectl.</summary>
    public override string ToString() => string.Join(",", _entries.Select(e => $"{e.Key}={e.Value}"));

    private int IndexOf(string key)
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }
}
