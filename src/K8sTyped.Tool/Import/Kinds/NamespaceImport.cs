using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>Namespace.Named(name)</c>.</summary>
internal static class NamespaceImport
{
    public static IResourcePlan? Plan(ImportedObject obj, ImportScope scope) =>
        obj.Name.Length == 0 ? null : new ResourcePlan<Namespace>(
            "Namespace.Named", [Argument.String(obj.Name)], () => Namespace.Named(obj.Name),
            [.. scope.MetadataCalls<Namespace, V1Namespace>(obj)],
            (r, edit) => r.Configure(m => edit(m)), "ns");
}
