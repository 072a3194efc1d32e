using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using K8sTyped.Models;

namespace K8sTyped.Serialization;

/// <summary>
/// The schemas of every generated model type, with lookups by CLR type and by apiVersion and kind.
/// The lists themselves are generated with the model (Models/Generated/ModelCatalog.g.cs).
/// </summary>
/// <remarks>
/// Nothing is built before it is asked for: a lookup by CLR type initialises that type's schema only (found by reflection once per type), and the lists
/// are made on first use. Initialising all 405 schemas up front cost the first evaluation in a fresh compiler
/// (or the first <c>ToYaml()</c> of a process) about 400 ms.
/// </remarks>
public static partial class ModelCatalog
{
    private static readonly ConcurrentDictionary<Type, TypeSchema?> ByClrType = new();
    private static readonly Lazy<TypeSchema[]> AllTypes = new(CreateSchemas);
    private static readonly Lazy<TypeSchema[]> AllKinds = new(CreateKindSchemas);
    private static readonly Lazy<Dictionary<(string ApiVersion, string Kind), TypeSchema>> ByApiVersionAndKind =
        new(() => AllKinds.Value.ToDictionary(schema => (schema.ApiVersion!, schema.Kind!)));

    /// <summary>Every model type, ordered by class name.</summary>
    public static IReadOnlyList<TypeSchema> Types => AllTypes.Value;

    /// <summary>The top-level kinds (types with an apiVersion and kind), ordered by class name.</summary>
    public static IReadOnlyList<TypeSchema> Kinds => AllKinds.Value;

    /// <summary>The schema of a model type.</summary>
    /// <exception cref="ArgumentException"><paramref name="modelType"/> is not a generated model type.</exception>
    public static TypeSchema Get(Type modelType) =>
        TryGet(modelType, out var schema)
            ? schema
            : throw new ArgumentException(
                $"'{modelType}' is not a K8sTyped model type: only the generated classes in K8sTyped.Models have a schema.",
                nameof(modelType));

    /// <summary>Finds the schema of a model type.</summary>
    /// <returns>Whether <paramref name="modelType"/> is a generated model type.</returns>
    public static bool TryGet(Type modelType, [NotNullWhen(true)] out TypeSchema? schema)
    {
        if (modelType is null)
            throw new ArgumentNullException(nameof(modelType));
        schema = ByClrType.GetOrAdd(modelType, FindSchema);
        return schema is not null;
    }

    // Every generated model class carries its schema in a static Schema property; reading it initialises that type only.
    // (A generated switch over 405 class names did the same, but compiling it cost the first call more than reflection.)
    private static TypeSchema? FindSchema(Type type) =>
        type.Assembly == typeof(ModelCatalog).Assembly
        && type.GetProperty(nameof(V1Pod.Schema), BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)?.GetValue(null) is TypeSchema schema
        && schema.ClrType == type
            ? schema
            : null;

    /// <summary>Finds the kind with this apiVersion (<c>v1</c>, <c>apps/v1</c>) and kind (case-sensitive, like the API server).</summary>
    /// <returns>The kind's schema, or null when the model has no such kind.</returns>
    public static TypeSchema? FindKind(string apiVersion, string kind)
    {
        if (apiVersion is null)
            throw new ArgumentNullException(nameof(apiVersion));
        if (kind is null)
            throw new ArgumentNullException(nameof(kind));
        return ByApiVersionAndKind.Value.TryGetValue((apiVersion, kind), out var schema) ? schema : null;
    }

    private static partial TypeSchema[] CreateSchemas();

    private static partial TypeSchema[] CreateKindSchemas();

}
