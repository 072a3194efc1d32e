using System.Collections;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Model;
using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// Makes the application of a marked class from its evaluated static members, and writes it exactly as the same
/// code would at run time: the YAML, one file per object, and the identities the cluster will give its objects.
/// </summary>
internal static class ApplicationAssembler
{
    public static ManifestSpec Assemble(ManifestTarget target, IReadOnlyList<EvaluatedMember> members)
    {
        var objects = new List<IKubernetesObject>();
        foreach (var member in members)
            Collect(member.Value, objects);
        if (objects.Count == 0)
        {
            return ManifestParser.Failed(target, DiagnosticInfo.Create(DiagnosticDescriptors.NoManifests, target.ClassSpan, target.ApplicationName));
        }

        if (target.DefaultNamespace is { } defaultNamespace)
            ApplyDefaultNamespace(objects, defaultNamespace);

        var yaml = KubernetesYaml.Serialize(objects);
        var files = new List<ManifestFile> { new(ManifestFile.ApplicationLayout, target.FileName, yaml) };
        foreach (var obj in KubernetesObjectOrder.Sort(objects))
            files.Add(new ManifestFile(ManifestFile.ObjectLayout, ObjectFileName(obj), KubernetesYaml.Serialize(obj)));

        return new ManifestSpec(
            target,
            yaml,
            files.ToEquatableArray(),
            IdentityConstants.Of(objects, ClusterProfile.Default.ClusterDomain).ToEquatableArray(),
            EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>"&lt;kind&gt;-&lt;name&gt;.yaml", with the namespace between them when the object sets one.</summary>
    public static string ObjectFileName(IKubernetesObject obj)
    {
        var reference = ManifestSet.ReferenceOf(obj);
        var kind = reference.Kind.ToLowerInvariant();
        return reference.Namespace is { Length: > 0 } ns ? $"{kind}-{ns}-{reference.Name}.yaml" : $"{kind}-{reference.Name}.yaml";
    }

    private static void Collect(object? value, List<IKubernetesObject> objects)
    {
        switch (value)
        {
            case IKubernetesObject obj:
                objects.Add(obj);
                break;
            case IEnumerable<IKubernetesObject> many:
                objects.AddRange(many.Where(o => o is not null));
                break;
            case IEnumerable sequence and not string:
                foreach (var item in sequence)
                {
                    if (item is IKubernetesObject element) objects.Add(element);
                }

                break;
        }
    }

    // The attribute's Namespace is the default of namespaced objects that set none, as for an Application's InNamespace.
    private static void ApplyDefaultNamespace(IEnumerable<IKubernetesObject> objects, string defaultNamespace)
    {
        foreach (var obj in objects)
        {
            if (obj is IKubernetesObject<V1ObjectMeta> withMetadata && !KubernetesScopes.IsClusterScoped(obj.Kind ?? ""))
            {
                var metadata = withMetadata.Metadata ??= new V1ObjectMeta();
                if (string.IsNullOrEmpty(metadata.Namespace)) metadata.Namespace = defaultNamespace;
            }
        }
    }
}
