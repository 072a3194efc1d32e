using System.Collections;
using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Evaluation;
using K8sTyped.Generator.Model;
using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using K8sTyped.Serialization;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// Makes the application of a marked class from its evaluated static members, and writes it exactly as the same
/// code would at run time: the YAML, the file name of each object, and the identities the cluster will give its objects.
/// </summary>
internal static class ApplicationAssembler
{
    /// <param name="target">The class.</param>
    /// <param name="members">Its evaluated static members.</param>
    /// <param name="assignedAt">Where the evaluation assigned a property of a K8sTyped object, for the origins of model objects the class holds.</param>
    /// <param name="locate">The span of a place the library recorded, in the compilation; null when unknown.</param>
    public static ClassEvaluation Assemble(
        ManifestTarget target, IReadOnlyList<EvaluatedMember> members, Func<object, string, CallSite?>? assignedAt = null, Func<SourceOrigin?, SourceSpan?>? locate = null)
    {
        var applications = members.Where(m => m.Value is Application).ToList();
        if (applications.Count > 1)
        {
            return ClassEvaluation.Failed(target, DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedConstruct, applications[1].Span, $"A second Application member ('{applications[1].Name}' after '{applications[0].Name}'; one class is one application)"));
        }

        ApplicationBuild build;
        if (applications.Count == 1)
        {
            // The class's Application is the application: its YAML is what Application.ToYaml() gives at run time.
            var application = (Application)applications[0].Value!;
            if (application.DefaultNamespace is null && target.DefaultNamespace is { } attributeNamespace)
                InAttributeNamespace(application, attributeNamespace, target);
            build = application.Build();
            // A model object added to it points at the assignments that set its fields, as a model object the class holds.
            if (assignedAt is not null)
                build = build.WithAddedObjectOrigins(added => OriginMap.FromAssignments(added, assignedAt));
        }
        else
        {
            var resources = new List<Resource>();
            var models = new List<IKubernetesObject>();
            // By reference: model objects are mutable and compare by identity; the first member holding one is its origin.
            var holders = new System.Runtime.CompilerServices.ConditionalWeakTable<IKubernetesObject, EvaluatedMember>();
            foreach (var member in members)
            {
                var before = models.Count;
                Collect(member.Value, resources, models);
                foreach (var model in models.Skip(before))
                {
                    if (!holders.TryGetValue(model, out _)) holders.Add(model, member);
                }
            }

            if (resources.Count == 0 && models.Count == 0)
                return ClassEvaluation.Failed(target, DiagnosticInfo.Create(DiagnosticDescriptors.NoManifests, target.ClassSpan, target.ApplicationName));
            var namespaced = target.DefaultNamespace is { } defaultNamespace ? ApplyDefaultNamespace(models, defaultNamespace) : [];
            var application = Application.Named(ManifestTargetParser.KebabCase(target.ClassName));
            if (target.DefaultNamespace is { } ns) InAttributeNamespace(application, ns, target);
            application.Add([.. resources]);
            // A model object's findings point at the assignment that set the field (its initializer), else at the member;
            // a namespace the attribute gave it, at the attribute's Namespace.
            build = application.Build().Including(models, model =>
            {
                var origins = OriginMap.FromAssignments(
                    model, assignedAt ?? (static (_, _) => null), holders.TryGetValue(model, out var holder) ? SpanCallSite.At(holder.Span) : null);
                if (namespaced.Contains(model) && target.DefaultNamespaceSpan is { } namespaceSpan)
                    origins.Record("metadata.namespace", SpanCallSite.At(namespaceSpan));
                return origins;
            });
        }

        // What Application.ToYaml() does, on the objects already built: each resource is built once.
        var objects = build.Objects;
        foreach (var set in objects.OfType<V1StatefulSet>())
        {
            // The identities cannot be numbered: say so where the first ordinal was set, not as a failure of the class.
            if (IdentityConstants.OrdinalsOverflow(set) is { } overflow)
            {
                var origin = build.ToManifestSet().OriginsOf(set)?.Find("spec.ordinals.start");
                return ClassEvaluation.Failed(target, DiagnosticInfo.Create(
                    DiagnosticDescriptors.EvaluatedCodeThrew, locate?.Invoke(origin) ?? target.ClassSpan, nameof(OverflowException), overflow));
            }
        }

        // Written once: the post-build writer splits the YAML into its documents, one per object in this order.
        var spec = new ManifestSpec(
            target,
            build.ToYaml(),
            objects.Select(ObjectFileName).ToEquatableArray(),
            IdentityConstants.Of(objects, build.ClusterDomain).ToEquatableArray());
        var cluster = members.Select(m => m.Value).OfType<ClusterProfile>().FirstOrDefault();
        return new ClassEvaluation(spec, EquatableArray<DiagnosticInfo>.Empty, build, cluster);
    }

    /// <summary>"&lt;kind&gt;-&lt;name&gt;.yaml", with the namespace between them when the object sets one.</summary>
    public static string ObjectFileName(IKubernetesObject obj)
    {
        var reference = ManifestSet.ReferenceOf(obj);
        var kind = reference.Kind.ToLowerInvariant();
        return reference.Namespace is { Length: > 0 } ns ? $"{kind}-{ns}-{reference.Name}.yaml" : $"{kind}-{reference.Name}.yaml";
    }

    private static void Collect(object? value, List<Resource> resources, List<IKubernetesObject> models)
    {
        switch (value)
        {
            case Resource resource:
                resources.Add(resource);
                break;
            case IKubernetesObject model:
                models.Add(model);
                break;
            case IEnumerable sequence and not string:
                foreach (var item in sequence)
                {
                    if (item is Resource or IKubernetesObject) Collect(item, resources, models);
                }

                break;
        }
    }

    // The attribute's Namespace is the default of namespaced objects that set none, as for an Application's InNamespace;
    // returns the objects it gave the namespace to.
    private static HashSet<IKubernetesObject> ApplyDefaultNamespace(IEnumerable<IKubernetesObject> objects, string defaultNamespace)
    {
        var namespaced = new HashSet<IKubernetesObject>();
        foreach (var obj in objects)
        {
            if (obj is IKubernetesObject<V1ObjectMeta> withMetadata && !KubernetesScopes.IsClusterScoped(obj.Kind ?? ""))
            {
                var metadata = withMetadata.Metadata ??= new V1ObjectMeta();
                if (string.IsNullOrEmpty(metadata.Namespace) && namespaced.Add(obj)) metadata.Namespace = defaultNamespace;
            }
        }

        return namespaced;
    }

    // The attribute's Namespace as the application's: findings about it point at the attribute argument.
    private static void InAttributeNamespace(Application application, string @namespace, ManifestTarget target)
    {
        using (target.DefaultNamespaceSpan is { } span ? CallSite.Enter(SpanCallSite.At(span)) : null)
            application.InNamespace(@namespace);
    }
}
