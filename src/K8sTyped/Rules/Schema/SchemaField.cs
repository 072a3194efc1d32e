using K8sTyped.Serialization;

namespace K8sTyped.Rules.Schema;

/// <summary>One property of one object, or one item of a list or map property, reached while walking a manifest with its schema.</summary>
/// <param name="Path">The wire path, e.g. <c>spec.template.spec.containers[0].name</c>.</param>
/// <param name="Property">The property's schema (required flag, enum values, wire name); for an item, the property holding it.</param>
/// <param name="Value">The value in the model; null when the property is unset (items are never null).</param>
/// <param name="Owner">The object that has <paramref name="Property"/> (for an item, the object holding the list or map).</param>
internal sealed record SchemaField(string Path, PropertySchema Property, object? Value, object Owner);
