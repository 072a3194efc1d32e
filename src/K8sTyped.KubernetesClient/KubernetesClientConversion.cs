using System.Text.Json;
using K8sTyped.Serialization;
using Ours = K8sTyped.Models.IKubernetesObject;
using Theirs = k8s.IKubernetesObject;

namespace K8sTyped.KubernetesClient;

/// <summary>
/// Converts between K8sTyped's typed objects and the official client's <c>k8s.Models</c> objects, through JSON: ours are
/// written with <see cref="KubernetesYaml.SerializeJson(Models.IKubernetesObject)"/> and read with
/// <c>k8s.KubernetesJson</c>; theirs are written with <c>k8s.KubernetesJson</c> and read strictly with
/// <see cref="KubernetesYaml.Read"/>. Both models follow the same OpenAPI document, so nothing is lost either way
/// (tests convert every fixture and sample both ways and compare).
/// </summary>
public static class KubernetesClientConversion
{
    /// <summary>The object as the client's model type (<c>V1StatefulSet</c> for a StatefulSet, and so on).</summary>
    /// <exception cref="KubernetesConversionException">The client has no type for the object's apiVersion and kind.</exception>
    public static Theirs ToKubernetesClient(this Ours obj)
    {
        if (obj is null) throw new ArgumentNullException(nameof(obj));
        var json = KubernetesYaml.SerializeJson(obj);
        var (apiVersion, kind) = IdentityOf(json);
        var type = ClientModelTypes.Of(apiVersion, kind)
            ?? throw new KubernetesConversionException($"KubernetesClient has no model type for {kind} in {apiVersion}.");
        return ClientModelTypes.Read(json, type);
    }

    /// <summary>The object as the client's model type <typeparamref name="T"/>, e.g. <c>k8s.Models.V1StatefulSet</c>.</summary>
    /// <exception cref="KubernetesConversionException">The object is not of that type.</exception>
    public static T ToKubernetesClient<T>(this Ours obj) where T : Theirs =>
        obj.ToKubernetesClient() is T typed
            ? typed
            : throw new KubernetesConversionException($"{obj.Kind} in {obj.ApiVersion} is not a {typeof(T).Name}.");

    /// <summary>Every object of the application, as the client's model types, in manifest (apply) order.</summary>
    public static IReadOnlyList<Theirs> ToKubernetesClient(this ApplicationBuild build)
    {
        if (build is null) throw new ArgumentNullException(nameof(build));
        return build.Objects.Select(ToKubernetesClient).ToList();
    }

    /// <summary>Builds the application and converts every object, in manifest (apply) order.</summary>
    public static IReadOnlyList<Theirs> ToKubernetesClient(this Application application)
    {
        if (application is null) throw new ArgumentNullException(nameof(application));
        return application.Build().ToKubernetesClient();
    }

    /// <summary>A client object as K8sTyped's typed object, read strictly (an unknown field is an error, not dropped).</summary>
    /// <exception cref="KubernetesConversionException">The object cannot be read: the message says where and why.</exception>
    public static Ours ToK8sTyped(this Theirs obj)
    {
        if (obj is null) throw new ArgumentNullException(nameof(obj));
        var json = k8s.KubernetesJson.Serialize(obj);
        var read = KubernetesYaml.Read(json, obj.Kind ?? obj.GetType().Name);
        if (!read.Succeeded || read.Objects.Count != 1)
            throw new KubernetesConversionException(
                $"{obj.GetType().Name} cannot be read as a K8sTyped object: {string.Join("; ", read.Errors.Select(e => e.Path.Length == 0 ? e.Message : $"{e.Path}: {e.Message}"))}");
        return read.Objects[0];
    }

    /// <summary>A client object as K8sTyped's model type <typeparamref name="T"/>, e.g. <c>K8sTyped.Models.V1StatefulSet</c>.</summary>
    /// <exception cref="KubernetesConversionException">The object cannot be read, or is not of that type.</exception>
    public static T ToK8sTyped<T>(this Theirs obj) where T : Ours =>
        obj.ToK8sTyped() is T typed
            ? typed
            : throw new KubernetesConversionException($"{obj.Kind} in {obj.ApiVersion} is not a {typeof(T).Name}.");

    private static (string ApiVersion, string Kind) IdentityOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return (
            root.TryGetProperty("apiVersion", out var apiVersion) ? apiVersion.GetString() ?? "" : "",
            root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "" : "");
    }
}
