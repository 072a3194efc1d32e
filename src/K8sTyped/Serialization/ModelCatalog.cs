using System.Diagnostics.CodeAnalysis;

namespace K8sTyped.Serialization;

/// <summary>
/// The schemas of every generated model type, with lookups by CLR type and by apiVersion and kind.
/// The list itself is generated with the model (Models/Generated/ModelCatalog.g.cs).
/// </summary>
public static partial class ModelCatalog
{
    private static readonly TypeSchema[] AllTypes = CreateSchemas();
    private static readonly TypeSchema[] AllKinds = AllTypes.Where(schema => schema.Kind is not null).ToArray();
    private static readonly Dictionary<Type, TypeSchema> ByClrType = AllTypes.ToDictionary(schema => schema.ClrType);
    private static readonly Dictionary<(string ApiVersion, string Kind), TypeSchema> ByApiVersionAndKind =
        AllKinds.ToDictionary(schema => (schema.ApiVersion!, schema.Kind!));

    /// <summary>Every model type, ordered by class name.</summary>
    public static IReadOnlyList<TypeSchema> Types => AllTypes;

    /// <summary>The top-level kinds (types with an apiVersion and kind), ordered by class name.</summary>
    public static IReadOnlyList<TypeSchema> Kinds => AllKinds;

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
        return ByClrType.TryGetValue(modelType, out schema);
    }

    /// <summary>Finds the kind with this apiVersion (<c>v1</c>, <c>apps/v1</c>) and kind (case-sensitive, like the API server).</summary>
    /// <returns>The kind's schema, or null when the model has no such kind.</returns>
    public static TypeSchema? FindKind(string apiVersion, string kind)
    {
        if (apiVersion is null)
            throw new ArgumentNullException(nameof(apiVersion));
        if (kind is null)
            throw new ArgumentNullException(nameof(kind));
        return ByApiVersionAndKind.TryGetValue((apiVersion, kind), out var schema) ? schema : null;
    }

    private static partial TypeSchema[] CreateSchemas();
}
