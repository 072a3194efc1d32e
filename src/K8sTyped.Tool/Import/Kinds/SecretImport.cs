using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>Secret.Named(name).Type(t).StringData(key, value)</c>; binary <c>data</c> is kept by <c>Configure</c>.</summary>
internal static class SecretImport
{
    public static IResourcePlan? Plan(V1Secret secret, ImportedObject obj, ImportScope scope)
    {
        if (obj.Name.Length == 0) return null;
        var calls = new List<DslCall<Secret>>();
        calls.AddRange(scope.NamespaceCalls<Secret, V1Secret>(obj));
        calls.AddRange(scope.MetadataCalls<Secret, V1Secret>(obj));
        if (secret.Type is { Length: > 0 } type)
            calls.Add(new DslCall<Secret>("Type", [Argument.String(type)], s => s.Type(type)));
        foreach (var (key, value) in secret.StringData ?? new Dictionary<string, string>())
            calls.Add(new DslCall<Secret>("StringData", [Argument.String(key), Argument.String(value)], s => s.StringData(key, value)));
        return new ResourcePlan<Secret>("Secret.Named", [Argument.String(obj.Name)], () => Secret.Named(obj.Name), calls, (r, edit) => r.Configure(m => edit(m)), "secret");
    }
}
