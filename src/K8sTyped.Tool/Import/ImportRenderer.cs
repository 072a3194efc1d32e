using System.Text;
using System.Text.RegularExpressions;
using K8sTyped.Tool.Import.Kinds;

namespace K8sTyped.Tool.Import;

/// <summary>
/// Writes the verified plans as one C# file: a <c>[KubernetesManifests]</c> static partial class whose <c>App</c>
/// property the generator evaluates at build. Objects are declared in input order (what they refer to first), one
/// fluent call a line, four-space indents, LF line endings.
/// </summary>
internal static class ImportRenderer
{
    private static readonly Regex s_creation = new(@"\bnew ([A-Za-z0-9_]+)\b", RegexOptions.CultureInvariant);

    // The model's class names, to tell whether the file creates model objects (and needs K8sTyped.Models).
    private static readonly HashSet<string> s_modelTypes = new(
        typeof(Models.V1Pod).Assembly.GetTypes().Where(t => t.Namespace == typeof(Models.V1Pod).Namespace).Select(t => t.Name),
        StringComparer.Ordinal);

    public static string Render(IReadOnlyList<ImportedObject> objects, IReadOnlyList<ExternalDeclaration> externals, ImportSettings settings, string? applicationNamespace)
    {
        var declarationOrder = objects.OrderBy(o => KindImports.ReferenceRank(o.Kind)).ToList();
        var context = new RenderContext(declarationOrder, LabelsInUse(objects));
        const string indent = "        ";

        var body = new StringBuilder();
        foreach (var (name, labels) in context.SharedLabels)
            body.Append(indent).Append($"var {name} = {LabelsArgument.Expression(labels)};\n");
        if (body.Length > 0) body.Append('\n');

        foreach (var obj in declarationOrder)
        {
            var value = obj.Plan is { } plan
                ? plan.Render(context, indent)
                : ModelInitializer.Render(ImportPlanner.TypedCopy(obj, applicationNamespace), obj.Model.GetType(), indent, "");
            body.Append(indent).Append($"var {context.VariableOf(obj)} = {value};\n\n");
        }

        body.Append(indent).Append($"return Application.Named({CSharpLiterals.String(settings.ApplicationName)})");
        if (applicationNamespace is not null)
        {
            var namespaceObject = objects.FirstOrDefault(o => o is { Kind: "Namespace", Plan: not null } && o.Name == applicationNamespace);
            body.Append('\n').Append(indent).Append("    .InNamespace(")
                .Append(namespaceObject is null ? CSharpLiterals.String(applicationNamespace) : context.VariableOf(namespaceObject)).Append(')');
        }

        var resources = objects.Where(o => o.Plan is not null).Select(context.VariableOf).ToList();
        var typed = objects.Where(o => o.Plan is null).Select(context.VariableOf).ToList();
        if (resources.Count > 0) body.Append('\n').Append(indent).Append("    .").Append(AddCall(resources, indent + "    "));
        if (typed.Count > 0) body.Append('\n').Append(indent).Append("    .").Append(AddCall(typed, indent + "    "));
        foreach (var external in externals)
            body.Append('\n').Append(indent).Append("    .").Append(external.Render());
        body.Append(";\n");

        var code = body.ToString();
        var text = new StringBuilder();
        text.Append($"// Imported by `k8styped import` from {settings.SourceName}: building this class writes manifests/{settings.FileName},\n");
        text.Append("// which `k8styped import` verified to be the objects it read.\n");
        if (code.Contains("new List<", StringComparison.Ordinal) || code.Contains("new Dictionary<", StringComparison.Ordinal))
            text.Append("using System.Collections.Generic;\n");
        if (code.Contains("Encoding.UTF8", StringComparison.Ordinal)) text.Append("using System.Text;\n");
        text.Append("using K8sTyped;\n");
        if (s_creation.Matches(code).Any(m => s_modelTypes.Contains(m.Groups[1].Value))) text.Append("using K8sTyped.Models;\n");

        text.Append('\n');
        if (settings.Namespace is { } codeNamespace) text.Append($"namespace {codeNamespace};\n\n");
        text.Append($"/// <summary>The objects of {EscapeXml(settings.SourceName)}, as C#.</summary>\n");
        text.Append($"[KubernetesManifests(FileName = {CSharpLiterals.String(settings.FileName)})]\n");
        text.Append($"public static partial class {settings.ClassName}\n{{\n");
        text.Append("    /// <summary>The application the build writes.</summary>\n");
        text.Append("    public static Application App { get; } = Build();\n\n");
        text.Append("    private static Application Build()\n    {\n");
        text.Append(code);
        text.Append("    }\n}\n");
        return text.ToString();
    }

    // Add(a, b, c) on one line while it fits, else one variable a line.
    private static string AddCall(IReadOnlyList<string> variables, string indent)
    {
        var oneLine = $"Add({string.Join(", ", variables)})";
        return indent.Length + 1 + oneLine.Length <= 120
            ? oneLine
            : $"Add(\n{string.Join(",\n", variables.Select(v => indent + "    " + v))})";
    }

    // Every label set the plans pass, once per use: a set used twice becomes a variable.
    private static IEnumerable<Labels> LabelsInUse(IReadOnlyList<ImportedObject> objects) =>
        Flatten(objects.Where(o => o.Plan is not null).SelectMany(o => o.Plan!.Arguments)).OfType<LabelsArgument>().Select(a => a.Labels);

    private static IEnumerable<Argument> Flatten(IEnumerable<Argument> arguments) => arguments.SelectMany(argument => argument switch
    {
        LambdaArgument lambda => Flatten(lambda.Calls.SelectMany(c => c.Arguments)),
        NamedArgument named => Flatten([named.Value]),
        _ => [argument],
    });

    private static string EscapeXml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
