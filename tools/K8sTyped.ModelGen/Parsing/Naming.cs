using System.Text;

namespace K8sTyped.ModelGen.Parsing;

/// <summary>C# names for definitions and properties, following the official KubernetesClient models.</summary>
internal static class Naming
{
    /// <summary>Members every generated class declares; a property with one of these names gets the suffix too.</summary>
    private static readonly HashSet<string> ReservedMemberNames =
        new(StringComparer.Ordinal) { "Schema", "KubeApiVersion", "KubeKind", "KubeGroup", "KubeVersion" };

    /// <summary><c>io.k8s.api.apps.v1.StatefulSet</c> → <c>V1StatefulSet</c>.</summary>
    public static string ClassName(string definition)
    {
        var (_, version, shortName) = Split(definition);
        return Capitalize(version) + shortName;
    }

    /// <summary>
    /// The name used when two definitions share <see cref="ClassName"/>:
    /// <c>io.k8s.api.core.v1.EndpointPort</c> → <c>Corev1EndpointPort</c>.
    /// </summary>
    public static string QualifiedClassName(string definition)
    {
        var (package, version, shortName) = Split(definition);
        return Capitalize(package) + version + shortName;
    }

    /// <summary>The folder of a definition's file: <c>io.k8s.api.storage.v1.StorageClass</c> → <c>StorageV1</c>.</summary>
    public static string Folder(string definition)
    {
        var (package, version, _) = Split(definition);
        return Capitalize(package) + Capitalize(version);
    }

    /// <summary>
    /// PascalCase of a JSON name, with characters that cannot appear in an identifier dropped as word breaks;
    /// a name equal to its class name, or to a member every class declares, gets the suffix <c>Property</c>.
    /// </summary>
    public static string PropertyName(string jsonName, string className)
    {
        var name = new StringBuilder(jsonName.Length);
        var startWord = true;
        foreach (var character in jsonName)
        {
            if (!char.IsAsciiLetterOrDigit(character))
            {
                startWord = true;
                continue;
            }

            name.Append(startWord ? char.ToUpperInvariant(character) : character);
            startWord = false;
        }

        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            name.Insert(0, "Field");

        var result = name.ToString();
        return result == className || ReservedMemberNames.Contains(result) ? result + "Property" : result;
    }

    private static (string Package, string Version, string ShortName) Split(string definition)
    {
        var segments = definition.Split('.');
        if (segments.Length < 3)
            throw new ModelGenException($"Definition '{definition}' is not of the form <package>.<version>.<Name>.");
        return (segments[^3], segments[^2], segments[^1]);
    }

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
