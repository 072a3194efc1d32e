namespace K8sTyped.Tool.Import;

/// <summary>A DSL call as the import renders it.</summary>
internal interface IDslCall
{
    string Method { get; }

    IReadOnlyList<Argument> Arguments { get; }

    /// <summary><c>Method(arguments)</c> at <paramref name="indent"/> (the indent of the line the call starts on).</summary>
    string Render(RenderContext context, string indent);
}

/// <summary>
/// One step of an import plan: a DSL call that both applies itself to the real library (<see cref="Apply"/>, on the
/// builder of type <typeparamref name="TBuilder"/>) and renders itself as C#, so what is verified is what is written.
/// </summary>
internal sealed record DslCall<TBuilder>(string Method, IReadOnlyList<Argument> Arguments, Func<TBuilder, ApplyContext, TBuilder> Apply) : IDslCall
{
    public DslCall(string method, IReadOnlyList<Argument> arguments, Func<TBuilder, TBuilder> apply)
        : this(method, arguments, (builder, _) => apply(builder))
    {
    }

    public string Render(RenderContext context, string indent) => RenderCall(Method, Arguments, context, indent);

    public static string RenderCall(string method, IReadOnlyList<Argument> arguments, RenderContext context, string indent) =>
        $"{method}({string.Join(", ", arguments.Select(a => a.Render(context, indent)))})";
}

/// <summary>Builds a chain of calls in process: each call applied in order to the builder.</summary>
internal static class DslCalls
{
    public static TBuilder ApplyAll<TBuilder>(this IEnumerable<DslCall<TBuilder>> calls, TBuilder builder, ApplyContext context) =>
        calls.Aggregate(builder, (current, call) => call.Apply(current, context));

    /// <summary>The nested builder's lambda for the library (<c>pod =&gt; ...</c>) from the same calls that render it.</summary>
    public static Action<TBuilder> AsAction<TBuilder>(this IReadOnlyList<DslCall<TBuilder>> calls, ApplyContext context) =>
        builder => calls.ApplyAll(builder, context);
}
