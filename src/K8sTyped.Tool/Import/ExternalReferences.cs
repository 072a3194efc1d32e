using System.Collections;
using System.Text.RegularExpressions;
using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped.Tool.Import;

/// <summary>
/// What the objects refer to by name but the input does not contain (the root password Secret the platform creates):
/// declared external on the application (<c>ExternalSecret("mariadb-secret")</c>), as the samples do, so the rules
/// know it exists elsewhere. Found by the library's own rule for such references (KT2010), not by a second walk.
/// </summary>
internal static class ExternalReferences
{
    // The kinds Application can declare external, with the call that does.
    private static readonly (string Kind, string Method, Func<Application, string, string?, Application> Declare)[] s_declarations =
    [
        (V1Secret.KubeKind, nameof(Application.ExternalSecret), (app, name, ns) => app.ExternalSecret(name, ns)),
        (V1ConfigMap.KubeKind, nameof(Application.ExternalConfigMap), (app, name, ns) => app.ExternalConfigMap(name, ns)),
        (V1Service.KubeKind, nameof(Application.ExternalService), (app, name, ns) => app.ExternalService(name, ns)),
        (V1PersistentVolumeClaim.KubeKind, nameof(Application.ExternalClaim), (app, name, ns) => app.ExternalClaim(name, ns)),
        (V1StorageClass.KubeKind, nameof(Application.ExternalStorageClass), (app, name, _) => app.ExternalStorageClass(name)),
    ];

    private static readonly Regex s_segment = new(@"^(?<name>[^\[\]]+)(\[(?<index>\d+)\])*$", RegexOptions.CultureInvariant);

    /// <summary>The declarations for <paramref name="app"/> (the import's application, built in process), in a stable order.</summary>
    public static IReadOnlyList<ExternalDeclaration> Of(Application app, IReadOnlyList<ImportedObject> objects)
    {
        var declarations = new List<ExternalDeclaration>();
        foreach (var diagnostic in app.Validate().Diagnostics.Where(d => d.Id == RuleDescriptors.ReferenceOutsideManifests.Id))
        {
            if (diagnostic.Object is not { } owner) continue;
            var obj = objects.FirstOrDefault(o => o.Kind == owner.Kind && o.Name == owner.Name && (o.Namespace ?? app.DefaultNamespace) == owner.Namespace);
            if (obj is null || ValueAt(obj.Model, diagnostic.Path) is not string { Length: > 0 } name) continue;
            foreach (var (kind, method, declare) in s_declarations)
            {
                if (!diagnostic.Message.StartsWith($"{kind} '{name}'", StringComparison.Ordinal)) continue;
                var ns = kind == V1StorageClass.KubeKind || owner.Namespace == app.DefaultNamespace ? null : owner.Namespace;
                var declaration = new ExternalDeclaration(method, name, ns, declare);
                if (!declarations.Contains(declaration)) declarations.Add(declaration);
            }
        }

        return [.. declarations.OrderBy(d => d.Method, StringComparer.Ordinal).ThenBy(d => d.Namespace, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    // The value at a rule's field path ("spec.template.spec.containers[0].env[1].valueFrom.secretKeyRef.name"), by schema.
    private static object? ValueAt(object model, string path)
    {
        object? current = model;
        foreach (var segment in path.Split('.'))
        {
            var match = s_segment.Match(segment);
            if (current is null || !match.Success || !ModelCatalog.TryGet(current.GetType(), out var schema)) return null;
            current = schema.FindProperty(match.Groups["name"].Value)?.Get(current);
            foreach (Capture index in match.Groups["index"].Captures)
                current = current is IList list && int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < list.Count ? list[i] : null;
        }

        return current;
    }
}

/// <summary><c>.ExternalSecret("name")</c> (or another kind's), with the namespace when it is not the application's.</summary>
internal sealed record ExternalDeclaration(string Method, string Name, string? Namespace, Func<Application, string, string?, Application> Declare)
{
    public Application ApplyTo(Application app) => Declare(app, Name, Namespace);

    public string Render() => Namespace is null
        ? $"{Method}({CSharpLiterals.String(Name)})"
        : $"{Method}({CSharpLiterals.String(Name)}, {CSharpLiterals.String(Namespace)})";

    public bool Equals(ExternalDeclaration? other) => other is not null && Method == other.Method && Name == other.Name && Namespace == other.Namespace;

    public override int GetHashCode() => HashCode.Combine(Method, Name, Namespace);
}
