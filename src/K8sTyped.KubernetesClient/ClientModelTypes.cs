using System.Reflection;
using k8s.Models;

namespace K8sTyped.KubernetesClient;

/// <summary>
/// The client's model type for each apiVersion and kind, from the <see cref="KubernetesEntityAttribute"/> every
/// top-level <c>k8s.Models</c> type carries; and a typed deserializer for each, made once.
/// </summary>
internal static class ClientModelTypes
{
    private static readonly Lazy<IReadOnlyDictionary<(string ApiVersion, string Kind), Type>> s_types = new(Discover);
    private static readonly MethodInfo s_deserialize = typeof(ClientModelTypes).GetMethod(nameof(Deserialize), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly Dictionary<Type, Func<string, k8s.IKubernetesObject>> s_deserializers = [];

    /// <summary>The client's type for <paramref name="apiVersion"/> and <paramref name="kind"/>, or null when it has none.</summary>
    public static Type? Of(string apiVersion, string kind) => s_types.Value.TryGetValue((apiVersion, kind), out var type) ? type : null;

    /// <summary>Reads JSON into the client's <paramref name="type"/> with the client's own serializer settings.</summary>
    public static k8s.IKubernetesObject Read(string json, Type type)
    {
        Func<string, k8s.IKubernetesObject>? deserialize;
        lock (s_deserializers)
        {
            if (!s_deserializers.TryGetValue(type, out deserialize))
            {
                deserialize = s_deserialize.MakeGenericMethod(type).CreateDelegate<Func<string, k8s.IKubernetesObject>>();
                s_deserializers.Add(type, deserialize);
            }
        }

        return deserialize(json);
    }

    private static k8s.IKubernetesObject Deserialize<T>(string json) where T : k8s.IKubernetesObject => k8s.KubernetesJson.Deserialize<T>(json);

    private static IReadOnlyDictionary<(string, string), Type> Discover()
    {
        var types = new Dictionary<(string, string), Type>();
        foreach (var type in typeof(V1Pod).Assembly.GetExportedTypes())
        {
            if (type.GetCustomAttribute<KubernetesEntityAttribute>() is not { } entity || !typeof(k8s.IKubernetesObject).IsAssignableFrom(type))
                continue;
            var apiVersion = string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
            types.TryAdd((apiVersion, entity.Kind), type);
        }

        return types;
    }
}
