using System.Text;

namespace K8sTyped.Tool.Import;

/// <summary>The names an import's C# uses: one variable per object, and one per label set used more than once.</summary>
internal sealed class RenderContext
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "var", "value",
        // The lambda parameters the import writes: a local of the same name would hide them (CS0136).
        "pod", "c", "t", "ns", "service", "configMap", "secret", "storageClass", "claim", "volume", "set", "deployment", "budget",
    };

    private readonly Dictionary<ImportedObject, string> _variables = [];
    private readonly Dictionary<Labels, string> _labels = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public RenderContext(IReadOnlyList<ImportedObject> objects, IEnumerable<Labels> labelSetsInUse)
    {
        var nameCounts = objects.GroupBy(o => Identifier(o.Name)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var obj in objects)
        {
            var baseName = Identifier(obj.Name);
            var kind = Identifier(obj.Kind, upperFirst: baseName.Length > 0);
            // A name shared by several kinds gets its kind ("mysqlService", "mysqlStatefulSet"), unless it already ends with it.
            var qualify = (nameCounts[baseName] > 1 || baseName.Length == 0) && !baseName.EndsWith(kind, StringComparison.OrdinalIgnoreCase);
            _variables[obj] = Unique(qualify ? baseName + kind : baseName);
        }

        foreach (var set in labelSetsInUse.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            var first = set.Values.FirstOrDefault() ?? "";
            _labels[set] = Unique(Identifier(first) + (first.Length == 0 ? "labels" : "Labels"));
        }
    }

    public string VariableOf(ImportedObject obj) => _variables[obj];

    public string? LabelsVariable(Labels labels) => _labels.TryGetValue(labels, out var name) ? name : null;

    /// <summary>The shared label sets, in the order they were named.</summary>
    public IEnumerable<(string Name, Labels Labels)> SharedLabels => _labels.Select(p => (p.Value, p.Key));

    private string Unique(string name)
    {
        if (name.Length == 0) name = "item";
        if (char.IsDigit(name[0])) name = "_" + name;
        var candidate = name;
        for (var i = 2; s_reserved.Contains(candidate) || !_used.Add(candidate); i++)
            candidate = name + i;
        return candidate;
    }

    // "mysql-read" → "mysqlRead", "app.kubernetes.io/name" → "appKubernetesIoName".
    private static string Identifier(string text, bool upperFirst = false)
    {
        var result = new StringBuilder();
        var upper = upperFirst;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(upper ? char.ToUpperInvariant(c) : result.Length == 0 ? char.ToLowerInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = result.Length > 0;
            }
        }

        return result.ToString();
    }
}
