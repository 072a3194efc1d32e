using System.Collections;
using K8sTyped.Serialization;

namespace K8sTyped.Tool.Import;

/// <summary>
/// Where a built object differs from the input, as assignments that make it equal: the residue of a DSL plan, set in a
/// <c>Configure</c> lambda. Equality is the written form's (a quantity's text, not only its amount), walked by schema.
/// </summary>
internal static class ModelDifference
{
    /// <summary>The assignments that turn <paramref name="built"/> into <paramref name="expected"/> (both of one model type).</summary>
    public static IReadOnlyList<Assignment> Between(object built, object expected)
    {
        var assignments = new List<Assignment>();
        Collect(built, expected, ModelCatalog.Get(expected.GetType()), [], "", assignments);
        return assignments;
    }

    private static void Collect(object built, object expected, TypeSchema schema, IReadOnlyList<AccessStep> at, string path, List<Assignment> assignments)
    {
        foreach (var property in schema.Properties)
        {
            var builtValue = property.Get(built);
            var expectedValue = property.Get(expected);
            if (Same(builtValue, expectedValue)) continue;
            var fieldPath = ModelInitializer.FieldPath(path, property.JsonName);
            var step = new AccessStep(property, null);
            if (builtValue is not null && expectedValue is not null && property.Value.Kind == ValueKind.Object)
            {
                Collect(builtValue, expectedValue, property.Value.ObjectType, [.. at, step], fieldPath, assignments);
            }
            else if (builtValue is IList builtList && expectedValue is IList expectedList && builtList.Count == expectedList.Count
                && property.Value is { Kind: ValueKind.List, Element.Kind: ValueKind.Object } list)
            {
                for (var i = 0; i < builtList.Count; i++)
                {
                    if (Same(builtList[i], expectedList[i])) continue;
                    if (builtList[i] is null || expectedList[i] is null)
                    {
                        assignments.Add(new Assignment(at, property, schema.ClrType, expectedValue, fieldPath));
                        break;
                    }

                    Collect(builtList[i]!, expectedList[i]!, list.Element!.ObjectType, [.. at, step, new AccessStep(null, i)], $"{fieldPath}[{i}]", assignments);
                }
            }
            else if (builtValue is IList shorter && expectedValue is IList longer && shorter.Count < longer.Count
                && Enumerable.Range(0, shorter.Count).All(i => Same(shorter[i], longer[i])))
            {
                // The DSL wrote the first items (the env variables it has methods for): the rest are added after them.
                for (var i = shorter.Count; i < longer.Count; i++)
                    assignments.Add(new Assignment(at, property, schema.ClrType, longer[i], $"{fieldPath}[{i}]", Append: true));
            }
            else
            {
                assignments.Add(new Assignment(at, property, schema.ClrType, expectedValue, fieldPath));
            }
        }
    }

    /// <summary>Whether two model values write the same.</summary>
    public static bool Same(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        switch (left)
        {
            case string text: return right is string other && string.Equals(text, other, StringComparison.Ordinal);
            case Quantity quantity: return right is Quantity otherQuantity && quantity.ToString() == otherQuantity.ToString();
            case byte[] bytes: return right is byte[] otherBytes && bytes.AsSpan().SequenceEqual(otherBytes);
            case IDictionary map:
                if (right is not IDictionary otherMap || map.Count != otherMap.Count) return false;
                foreach (DictionaryEntry entry in map)
                {
                    if (!otherMap.Contains(entry.Key) || !Same(entry.Value, otherMap[entry.Key])) return false;
                }

                return true;
            case IList list:
                if (right is not IList otherList || list.Count != otherList.Count) return false;
                for (var i = 0; i < list.Count; i++)
                {
                    if (!Same(list[i], otherList[i])) return false;
                }

                return true;
        }

        if (left.GetType() != right.GetType()) return false;
        if (ModelCatalog.TryGet(left.GetType(), out var schema))
            return schema.Properties.All(p => Same(p.Get(left), p.Get(right)));
        return left.Equals(right);
    }

    /// <summary>A deep copy of a model value, so a build never shares (and never changes) the input's objects.</summary>
    public static object? Copy(object? value)
    {
        switch (value)
        {
            case null: return null;
            case byte[] bytes: return bytes.Clone();
            case IDictionary map:
                var mapCopy = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(map.GetType().GetGenericArguments()))!;
                foreach (DictionaryEntry entry in map) mapCopy[entry.Key] = Copy(entry.Value);
                return mapCopy;
            case IList list:
                var listCopy = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(list.GetType().GetGenericArguments()[0]))!;
                foreach (var item in list) listCopy.Add(Copy(item));
                return listCopy;
        }

        if (!ModelCatalog.TryGet(value.GetType(), out var schema)) return value;
        var copy = schema.Create();
        foreach (var property in schema.Properties) property.Set(copy, Copy(property.Get(value)));
        return copy;
    }
}
