using K8sTyped.Serialization;

namespace K8sTyped.Rules.Schema;

/// <summary>One property of one object reached while walking a manifest with its schema.</summary>
/// <param name="Path">The wire path, e.g. <c>spec.template.spec.containers[0].name</c>.</param>
/// <param name="Property">The property's schema (required flag, enum values, wire name).</param>
/// <param name="Value">The property's value in the model; null when unset.</param>
internal sealed record SchemaField(string Path, PropertySchema Property, object? Value);
