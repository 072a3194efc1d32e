using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>A ConfigMap: non-secret configuration as keys and values.</summary>
public sealed class ConfigMap : NamespacedResource<ConfigMap, V1ConfigMap>
{
    private ConfigMap(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1ConfigMap.KubeKind;

    /// <summary>A ConfigMap named <paramref name="name"/>.</summary>
    public static ConfigMap Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>A key of the ConfigMap named <paramref name="configMapName"/>, which may live outside the manifests.</summary>
    public static ConfigMapKeyReference Key(string configMapName, string key) =>
        new(Require.NotEmpty(configMapName, nameof(configMapName)), Require.NotEmpty(key, nameof(key)));

    /// <summary>A key of this ConfigMap.</summary>
    public ConfigMapKeyReference Key(string key) => Key(Name, key);

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> (<c>data</c>).</summary>
    public ConfigMap Data(string key, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(key, nameof(key));
        Require.NotNull(value, nameof(value));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((configMap, writer) =>
        {
            (configMap.Data ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value;
            writer.Record($"data[{key}]", site, nameof(value));
        });
    }
}
