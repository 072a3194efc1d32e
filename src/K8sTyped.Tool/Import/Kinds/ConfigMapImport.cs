using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>ConfigMap.Named(name).Data(key, value)</c>, multi-line values as raw string literals.</summary>
internal static class ConfigMapImport
{
    public static IResourcePlan? Plan(V1ConfigMap configMap, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var calls = new List<DslCall<ConfigMap>>();
        calls.AddRange(scope.NamespaceCalls<ConfigMap, V1ConfigMap>(obj));
        calls.AddRange(scope.MetadataCalls<ConfigMap, V1ConfigMap>(obj));
        foreach (var (key, value) in configMap.Data ?? new Dictionary<string, string>())
            calls.Add(new DslCall<ConfigMap>("Data", [Argument.String(key), Argument.String(value)], c => c.Data(key, value)));
        return new ResourcePlan<ConfigMap>("ConfigMap.Named", [Argument.String(obj.Name)], () => ConfigMap.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "configMap");
    }
}
