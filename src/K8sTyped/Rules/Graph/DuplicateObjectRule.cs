namespace K8sTyped.Rules.Graph;

/// <summary>
/// KT2008: two objects share kind, namespace and name. They are one object to the API server: <c>kubectl apply</c>
/// applies both in turn and the later silently overwrites the earlier; kustomize refuses the set. Reported on each
/// later copy, with the first as related.
/// </summary>
internal sealed class DuplicateObjectRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.DuplicateObject;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var first = new Dictionary<(string Kind, string? Namespace, string Name), int>();
        var objects = context.Manifests.Objects;
        for (var i = 0; i < objects.Count; i++)
        {
            var obj = objects[i];
            var name = ManifestSet.NameOf(obj);
            if (name.Length == 0) continue; // a missing name is a required-field error, not a duplicate
            var key = (obj.Kind ?? obj.GetType().Name, ManifestSet.NamespaceOf(obj), name);
            if (!first.TryGetValue(key, out var firstIndex))
            {
                first.Add(key, i);
                continue;
            }

            // Reported on every later copy, never the first, so the finding does not move when a third copy appears.
            context.Report(
                Descriptor, obj, "metadata.name",
                $"{ManifestSet.ReferenceOf(obj)} is defined twice (objects #{firstIndex + 1} and #{i + 1} of the manifests). " +
                "The API server keeps one object per kind, namespace and name: kubectl apply applies both in turn, so the " +
                "later one silently overwrites the earlier, and kustomize refuses the set (\"may not add resource with an " +
                "already registered id\"). Remove one copy or give it its own name.",
                related: (objects[firstIndex], "metadata.name"));
        }
    }
}
