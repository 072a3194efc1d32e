using K8sTyped.Serialization;

namespace K8sTyped.Tests.Serialization.TestModels;

/// <summary>Shortens the hand-written schemas of the test model to one line per property.</summary>
internal static class SchemaBuilder
{
    public static PropertySchema Property<TOwner>(string jsonName, ValueSchema value, Func<TOwner, object?> get, Action<TOwner, object?> set) =>
        new(
            jsonName,
            char.ToUpperInvariant(jsonName[0]) + jsonName.Substring(1),
            value,
            required: false,
            enumValues: [],
            get: owner => get((TOwner)owner),
            set: (owner, v) => set((TOwner)owner, v));
}
