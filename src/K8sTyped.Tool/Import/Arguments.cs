using System.Text;

namespace K8sTyped.Tool.Import;

/// <summary>One argument of a DSL call, as C#. Rendering may need the import's names (references, shared label sets).</summary>
internal abstract record Argument
{
    public abstract string Render(RenderContext context, string indent);

    public static Argument String(string value) => new StringArgument(value);

    public static Argument Code(string code) => new CodeArgument(code);

    public static Argument Int(long value) => new CodeArgument(CSharpLiterals.Int(value));

    public static Argument Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => new CodeArgument($"{typeof(TEnum).Name}.{value}");

    public static Argument Named(string name, Argument value) => new NamedArgument(name, value);
}

/// <summary>Literal C# (a number, <c>true</c>, an enum member).</summary>
internal sealed record CodeArgument(string Text) : Argument
{
    public override string Render(RenderContext context, string indent) => Text;
}

/// <summary>A string, escaped; multi-line text as a raw literal indented one level deeper than the call.</summary>
internal sealed record StringArgument(string Value) : Argument
{
    public override string Render(RenderContext context, string indent) => CSharpLiterals.String(Value, indent + "    ");
}

/// <summary><c>name: value</c>.</summary>
internal sealed record NamedArgument(string Name, Argument Value) : Argument
{
    public override string Render(RenderContext context, string indent) => $"{Name}: {Value.Render(context, indent)}";
}

/// <summary>A label set: a shared variable when the import uses it more than once, else <c>Labels.Of(...)</c>.</summary>
internal sealed record LabelsArgument(Labels Labels) : Argument
{
    public override string Render(RenderContext context, string indent) => context.LabelsVariable(Labels) ?? Expression(Labels);

    public static string Expression(Labels labels)
    {
        var entries = labels.ToList();
        return entries.Count == 1
            ? $"Labels.Of({CSharpLiterals.String(entries[0].Key)}, {CSharpLiterals.String(entries[0].Value)})"
            : $"Labels.Of({string.Join(", ", entries.Select(e => $"({CSharpLiterals.String(e.Key)}, {CSharpLiterals.String(e.Value)})"))})";
    }
}

/// <summary>Another imported object, by its variable: a typed reference instead of a repeated name.</summary>
internal sealed record ReferenceArgument(ImportedObject Target) : Argument
{
    public override string Render(RenderContext context, string indent) => context.VariableOf(Target);
}

/// <summary><c>p => p.A().B()</c>, one call a line, for the DSL's nested builders (pods, containers, claim templates).</summary>
internal sealed record LambdaArgument(string Parameter, IReadOnlyList<IDslCall> Calls) : Argument
{
    public override string Render(RenderContext context, string indent)
    {
        if (Calls.Count == 0) return $"{Parameter} => {{ }}";
        var text = new StringBuilder($"{Parameter} => {Parameter}");
        foreach (var call in Calls)
            text.Append('\n').Append(indent).Append("    .").Append(call.Render(context, indent + "    "));
        return text.ToString();
    }
}

/// <summary><c>m =&gt; { statement; ... }</c>: the <c>Configure</c> lambda that sets what the DSL has no method for.</summary>
internal sealed record StatementsArgument(string Parameter, IReadOnlyList<string> Statements) : Argument
{
    public override string Render(RenderContext context, string indent)
    {
        var text = new StringBuilder($"{Parameter} =>\n{indent}{{\n");
        foreach (var statement in Statements)
            text.Append(indent).Append("    ").Append(statement).Append('\n');
        return text.Append(indent).Append('}').ToString();
    }
}

/// <summary>The <c>Configure</c> lambda of a residue, its statements rendered at the indent of the call.</summary>
internal sealed record ResidueArgument(string Parameter, IReadOnlyList<Assignment> Residue) : Argument
{
    public override string Render(RenderContext context, string indent) =>
        new StatementsArgument(Parameter, [.. Residue.Select(a => a.Render(Parameter, indent + "    "))]).Render(context, indent);
}

/// <summary><c>secret.Key("password")</c> / <c>configMap.Key("setting")</c> on an imported object's variable.</summary>
internal sealed record KeyOfArgument(ImportedObject Target, string Key) : Argument
{
    public override string Render(RenderContext context, string indent) => $"{context.VariableOf(Target)}.Key({CSharpLiterals.String(Key)})";
}
