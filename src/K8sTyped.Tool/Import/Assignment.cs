using System.Collections;
using K8sTyped.Serialization;

namespace K8sTyped.Tool.Import;

/// <summary>A step from an object to a value: a property, or an item of a list.</summary>
internal sealed record AccessStep(PropertySchema? Property, int? Index);

/// <summary>
/// <c>m.Spec!.Template!.Spec!.Containers![0].Image = value;</c> (or, to append to a list, <c>...Env!.Add(value);</c>),
/// applied in process through the schema.
/// </summary>
internal sealed record Assignment(IReadOnlyList<AccessStep> Target, PropertySchema Property, Type OwnerType, object? Value, string FieldPath, bool Append = false)
{
    public void ApplyTo(object model)
    {
        var current = model;
        foreach (var step in Target)
            current = step.Property is { } property ? property.Get(current)! : ((IList)current)[step.Index!.Value]!;
        if (Append) ((IList)Property.Get(current)!).Add(ModelDifference.Copy(Value));
        else Property.Set(current, ModelDifference.Copy(Value));
    }

    public string Render(string parameter, string indent)
    {
        var target = parameter + string.Concat(Target.Select(s => s.Property is { } p ? $".{p.ClrName}!" : $"[{s.Index}]"));
        var propertyType = OwnerType.GetProperty(Property.ClrName)!.PropertyType;
        return Append
            ? $"{target}.{Property.ClrName}!.Add({ModelInitializer.Render(Value, propertyType.GetGenericArguments()[0], indent, FieldPath)});"
            : $"{target}.{Property.ClrName} = {ModelInitializer.Render(Value, propertyType, indent, FieldPath)};";
    }
}
