using System.Text;

namespace K8sTyped.Tool.Import;

/// <summary>C# identifiers made from Kubernetes names.</summary>
internal static class Identifiers
{
    /// <summary><c>storage-classes</c> → <c>StorageClasses</c>.</summary>
    public static string Pascal(string text)
    {
        var result = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (result.Length == 0 || char.IsDigit(result[0])) result.Insert(0, "Imported");
        return result.ToString();
    }

    public static bool IsValid(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
