using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>Runs the generator on marked-up sources and checks it reports exactly the marked diagnostics.</summary>
internal static class DiagnosticAssert
{
    /// <summary>The first source carries the markup; the others are plain.</summary>
    public static GeneratorRun Reports(string markup, params string[] otherSources) => Reports(null, markup, otherSources);

    /// <summary>As <see cref="Reports(string, string[])"/>, with these MSBuild properties visible to the generator and the analyzers.</summary>
    public static GeneratorRun Reports(BuildProperties? properties, string markup, params string[] otherSources)
    {
        var (source, expected) = DiagnosticMarkup.Parse(markup);
        var run = properties is null ? GeneratorRun.Run([source, .. otherSources]) : GeneratorRun.Run(properties, [source, .. otherSources]);
        Assert.Empty(run.GeneratorDiagnostics);
        var actual = run.Diagnostics
            .Select(d => (d.Id, Path: d.Location.GetLineSpan().Path, d.Location.SourceSpan))
            .OrderBy(d => d.SourceSpan.Start)
            .ToList();
        var wanted = expected.Select(e => (e.Id, Path: "/src/File0.cs", SourceSpan: e.Span)).OrderBy(d => d.SourceSpan.Start).ToList();
        Assert.True(
            wanted.SequenceEqual(actual),
            $"Expected:\n  {string.Join("\n  ", wanted.Select(w => Describe(w.Id, w.SourceSpan, source)))}\n" +
            $"Actual:\n  {string.Join("\n  ", run.Diagnostics.Select(d => Describe(d.Id, d.Location.SourceSpan, source) + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))}");
        return run;
    }

    private static string Describe(string id, Microsoft.CodeAnalysis.Text.TextSpan span, string source) =>
        span.End <= source.Length ? $"{id} {span} '{source.Substring(span.Start, span.Length)}'" : $"{id} {span}";
}
