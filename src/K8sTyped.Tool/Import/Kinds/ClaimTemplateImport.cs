using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary><c>ClaimTemplate(name, mode(s), size, [class], t =&gt; ...)</c> of a StatefulSet.</summary>
internal static class ClaimTemplateImport
{
    public static DslCall<StatefulSet>? Call(V1PersistentVolumeClaim template, ImportedObject obj, ImportScope scope)
    {
        var spec = template.Spec;
        if (template.Metadata?.Name is not { Length: > 0 } name
            || AccessModes.Parse(spec?.AccessModes) is not { } modes
            || spec?.Resources?.Requests?.TryGetValue("storage", out var storage) != true)
            return null;
        var size = storage.ToString();
        var inner = new List<DslCall<ClaimTemplate>>();
        Func<ApplyContext, StorageClass?> storageClass = _ => null;
        string? className = null;
        Argument? classArgument = null;
        if (spec.StorageClassName is { Length: 0 })
        {
            inner.Add(new DslCall<ClaimTemplate>("NoStorageClass", [], t => t.NoStorageClass()));
        }
        else if (spec.StorageClassName is { } named)
        {
            if (scope.Resource(V1StorageClass.KubeKind, named, obj) is { } imported)
            {
                storageClass = context => context.Resource<StorageClass>(imported);
                classArgument = new ReferenceArgument(imported);
            }
            else
            {
                className = named;
                classArgument = Argument.String(named);
            }
        }

        if (WireEnums.TryParse<VolumeMode>(spec.VolumeMode, out var volumeMode))
            inner.Add(new DslCall<ClaimTemplate>("VolumeMode", [Argument.Enum(volumeMode)], t => t.VolumeMode(volumeMode)));
        if (spec.Selector is { MatchLabels.Count: > 0, MatchExpressions: null } selector)
        {
            var labels = ImportScope.LabelsOf(selector.MatchLabels);
            inner.Add(new DslCall<ClaimTemplate>("Selecting", [new LabelsArgument(labels)], t => t.Selecting(labels)));
        }

        if (template.Metadata.Labels is { Count: > 0 } templateLabels)
        {
            var labels = ImportScope.LabelsOf(templateLabels);
            inner.Add(new DslCall<ClaimTemplate>("Labeled", [new LabelsArgument(labels)], t => t.Labeled(labels)));
        }

        List<Argument> arguments = [Argument.String(name), AccessModes.Argument(modes), Argument.String(size)];
        if (classArgument is not null) arguments.Add(classArgument);
        if (inner.Count > 0) arguments.Add(new LambdaArgument("t", inner));
        return new DslCall<StatefulSet>("ClaimTemplate", arguments, (s, context) =>
        {
            var configure = inner.Count > 0 ? inner.AsAction(context) : null;
            return (className, storageClass(context), modes.Length) switch
            {
                (not null, _, 1) => s.ClaimTemplate(name, modes[0], size, className, configure),
                (not null, _, _) => s.ClaimTemplate(name, modes, size, className, configure),
                (null, { } resource, 1) => s.ClaimTemplate(name, modes[0], size, resource, configure),
                (null, { } resource, _) => s.ClaimTemplate(name, modes, size, resource, configure),
                (null, null, 1) => s.ClaimTemplate(name, modes[0], size, configure),
                (null, null, _) => s.ClaimTemplate(name, modes, size, configure),
            };
        });
    }
}
