using System.Globalization;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// The compiler's culture is not the culture the program runs under. A culture-sensitive operation is evaluated at build
/// only when every culture gives the same result; otherwise it is KT0101 at its exact span, naming the invariant form.
/// What the build accepts gives the same YAML at build and at run time under tr-TR, de-DE, sv-SE and the invariant culture.
/// </summary>
public sealed class CultureTests
{
    private const string Usings = "using System.Globalization;\nusing System.Text;\nusing K8sTyped;\n";

    public static TheoryData<string, string> Refused => new()
    {
        { "{|KT0101:1.5.ToString()|}", "ToString(CultureInfo.InvariantCulture)" },
        { "{|KT0101:2.25.ToString(\"F1\")|}", "ToString(\"F1\", CultureInfo.InvariantCulture)" },
        { "{|KT0101:(-1).ToString()|}", "U+2212" },
        { "{|KT0101:((object)1.5).ToString()|}", "CultureInfo.InvariantCulture" },
        { "{|KT0101:(1.5, \"x\").ToString()|}", "CultureInfo.InvariantCulture" },
        { "1.5.ToString({|KT0101:CultureInfo.CurrentCulture|})", "only CultureInfo.InvariantCulture" },
        { "$\"v{|KT0101:{1.5}|}\"", "FormattableString.Invariant" },
        { "$\"pod{|KT0101:{-3}|}\"", "U+2212" },
        { "$\"{|KT0101:{0.5:P0}|}\"", "FormattableString.Invariant" },
        { "\"v\" + {|KT0101:3.5|}", "x.ToString(CultureInfo.InvariantCulture)" },
        { "$\"{|KT0101:{(DayOfWeek)(-1)}|}\"", "U+2212" },
        { "{|KT0101:2.5|} + \"v\"", "x.ToString(CultureInfo.InvariantCulture)" },
        { "{|KT0101:string.Format(\"{0}\", 1.5)|}", "string.Format(CultureInfo.InvariantCulture, ...)" },
        { "{|KT0101:string.Format(\"{0:N0}\", 1000)|}", "string.Format(CultureInfo.InvariantCulture, ...)" },
        { "{|KT0101:\"title\".ToUpper()|}", "ToUpperInvariant()" },
        { "{|KT0101:\"ID\".ToLower()|}", "ToLowerInvariant()" },
        { "{|KT0101:\"straße\".ToUpper()|}", "ToUpperInvariant()" },
        { "{|KT0101:char.ToUpper('i')|}.ToString()", "ToUpperInvariant()" },
        { "{|KT0101:double.Parse(\"1.5\")|}.ToString(CultureInfo.InvariantCulture)", "double.Parse(text, CultureInfo.InvariantCulture)" },
        { "{|KT0101:FormattableString.CurrentCulture($\"{1.5}\")|}", "FormattableString.Invariant" },
        { "{|KT0101:string.Join(\",\", new[] { 1.5, 2.5 })|}", "ToString(CultureInfo.InvariantCulture) first" },
        { "{|KT0101:string.Join(\",\", Enumerable.Range(-1, 3))|}", "U+2212" },
        { "{|KT0101:string.Concat(\"v\", (object)1.5)|}", "ToString(CultureInfo.InvariantCulture) first" },
        { "{|KT0101:new StringBuilder().Append(1.5)|}.ToString()", "append x.ToString(CultureInfo.InvariantCulture)" },
        { "{|KT0101:new StringBuilder().AppendFormat(\"{0}\", -1)|}.ToString()", "AppendFormat(CultureInfo.InvariantCulture, ...)" },
        { "string.Join(\",\", new[] { \"b\", \"A\" }.OrderBy(x => x, {|KT0101:StringComparer.CurrentCulture|}))", "StringComparer.Ordinal" },
        { "string.Join(\",\", new[] { \"b\", \"A\" }.OrderBy(x => x, {|KT0101:StringComparer.InvariantCulture|}))", "StringComparer.Ordinal" },
        { "string.Join(\",\", {|KT0101:new[] { (\"b\", 1), (\"A\", 2) }.OrderBy(x => x)|})", "StringComparison.Ordinal" },
        { "string.Join(\",\", {|KT0101:new object[] { \"b\", \"A\" }.OrderBy(x => x)|})", "StringComparison.Ordinal" },
        { "{|KT0101:new object[] { \"b\", \"A\" }.Min()|}!.ToString()!", "StringComparison.Ordinal" },
        { "{|KT0101:(\"b\", 1).CompareTo((\"A\", 2))|} > 0 ? \"a\" : \"b\"", "StringComparison.Ordinal" },
        { "{|KT0101:\"ab\".StartsWith(\"a\")|} ? \"a\" : \"b\"", "StringComparison.Ordinal" },
        { "{|KT0101:\"ab\".IndexOf(\"b\")|} > 0 ? \"a\" : \"b\"", "StringComparison.Ordinal" },
        { "{|KT0101:string.Equals(\"a\", \"A\", StringComparison.CurrentCultureIgnoreCase)|} ? \"a\" : \"b\"", "StringComparison.OrdinalIgnoreCase" },
        { "string.Join(\",\", new[] { \"1.5\" }.Select({|KT0101:double.Parse|}))", "pass a lambda" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_culture_dependent_operation_is_refused_at_its_span_with_the_invariant_form(string expression, string alternative)
    {
        var run = DiagnosticAssert.Reports(Usings + $$"""
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly ConfigMap Config = ConfigMap.Named("web").Data("value", {{expression}});
            }
            """);

        var message = Assert.Single(run.Diagnostics).GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(alternative, message, StringComparison.Ordinal);
        Assert.False(run.WroteManifests);
    }

    [Fact]
    public void The_refusal_does_not_depend_on_the_compilers_culture()
    {
        const string Markup = Usings + """
            [KubernetesManifests]
            public static partial class Web
            {
                public static readonly ConfigMap Config = ConfigMap.Named("web").Data("value", {|KT0101:"title".ToUpper()|} + $"{1.5}");
            }
            """;

        foreach (var culture in Cultures.All)
        {
            using (Cultures.Use(culture))
            {
                var run = GeneratorRun.Run(DiagnosticMarkup.Parse(Markup).Source);
                var diagnostic = Assert.Single(run.Diagnostics);
                Assert.Equal(("KT0101", DiagnosticMarkup.Parse(Markup).Expected[0].Span), (diagnostic.Id, diagnostic.Location.SourceSpan));
            }
        }
    }

    /// <summary>Forms the build accepts: invariant by construction, or culture-sensitive with values no culture changes.</summary>
    private const string AcceptedForms = Usings + """
        namespace Accepted;

        [KubernetesManifests(Namespace = "accepted")]
        public static partial class AcceptedManifests
        {
            private const int Index = 3;

            public static readonly ConfigMap Config = ConfigMap.Named("accepted")
                .Data("pod", $"pod-{Index}-{0}-{Index:D4}-{255:x}")
                .Data("lower", "Redis".ToLower() + "web".ToUpper() + char.ToLower('Q'))
                .Data("invariant", 1.5.ToString(CultureInfo.InvariantCulture) + (-5).ToString(CultureInfo.InvariantCulture) + "title".ToUpperInvariant())
                .Data("formattable", FormattableString.Invariant($"{1.5}|{-3}|{0.25:P0}|{1234.5:N1}"))
                .Data("whole", $"{3.0}-{1e10}-{2m}")
                .Data("format", string.Format("{0}-{1:X}-{2}", 7, -1, "x") + string.Format(CultureInfo.InvariantCulture, "{0:N2}", 1234.5))
                .Data("concat", "v" + 3 + true + 'c' + 2.0 + (object)"o")
                .Data("join", string.Join(",", Enumerable.Range(0, 3)) + string.Join(";", new[] { 4, 5 }) + string.Concat(Enumerable.Range(1, 2).Select(i => i * 2.0)))
                .Data("parse", (int.Parse("42") + double.Parse("7") + double.Parse("2.5", CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture))
                .Data("builder", new StringBuilder().Append(5).Append(true).Append(1.5.ToString(CultureInfo.InvariantCulture)).AppendFormat("{0}", 8).Insert(0, 9).ToString())
                .Data("span", TimeSpan.FromMinutes(90).ToString() + $"{TimeSpan.FromSeconds(-1.5)}")
                .Data("sorted", string.Join(",", new[] { "b", "A", "i", "I" }.OrderBy(x => x, StringComparer.Ordinal)) + string.Compare("a", "B", StringComparison.Ordinal))
                .Data("tuple", (1, "a", 'c').ToString() + new KeyValuePair<string, int>("k", 2))
                .Data("ordered", string.Join(",", new[] { 3, 1, 2 }.OrderBy(x => x)) + new[] { 2.5, 1.5 }.Max().ToString(CultureInfo.InvariantCulture))
                .Data("equality", ("I".Equals("i", StringComparison.OrdinalIgnoreCase) ? "same" : "different") + "ab".StartsWith("a", StringComparison.Ordinal) + "ab".IndexOf('b'))
                .Data("enum", $"{DayOfWeek.Monday}-{(DayOfWeek)7}")
                .Data("quantity", $"{Quantity.Parse("1.5Gi")}");
        }
        """;

    public static TheoryData<string> Programs => ["MariaDb", "MySql", "PvLog", "StorageClasses", "Mistakes", "accepted forms"];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Build_time_yaml_is_the_run_time_yaml_under_every_culture(string program)
    {
        var (sources, classNames) = Sources(program);
        string? invariantYaml = null;
        foreach (var culture in Cultures.All)
        {
            using (Cultures.Use(culture))
            {
                // Evaluated under this culture, as a compiler running under it would...
                var run = GeneratorRun.Run(sources);
                Assert.DoesNotContain(run.EvaluationDiagnostics, d => !d.GetMessage(CultureInfo.InvariantCulture).Contains("reads the clock", StringComparison.Ordinal));
                Assert.Empty(run.OutputErrors);
                var runtime = RuntimeManifests.Load(run.Output);
                foreach (var className in classNames)
                {
                    // ...and run under it, as the program would.
                    var generated = runtime.GeneratedYaml(className);
                    Assert.NotEmpty(generated);
                    Assert.Equal(runtime.RunTimeYaml(className, program == "accepted forms" ? "accepted" : null), generated);
                    if (culture.Name.Length == 0) invariantYaml += generated;
                }
            }
        }

        Assert.NotNull(invariantYaml);
        if (program == "accepted forms")
        {
            // The accepted forms give the invariant text whatever the culture (computed here under the invariant culture).
            Assert.Contains("pod: pod-3-0-0003-ff", invariantYaml, StringComparison.Ordinal);
            Assert.Contains("lower: redisWEBq", invariantYaml, StringComparison.Ordinal);
            Assert.Contains("enum: Monday-7", invariantYaml, StringComparison.Ordinal);
            Assert.Contains("formattable: 1.5|-3|25 %|1,234.5", invariantYaml, StringComparison.Ordinal);
            Assert.Contains("span: '01:30:00-00:00:01.5000000'", invariantYaml, StringComparison.Ordinal);
            Assert.Contains("parse: '51.5'", invariantYaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_library_writes_negative_numbers_with_the_ascii_minus_under_every_culture()
    {
        var set = new K8sTyped.Models.V1StatefulSet
        {
            Metadata = new K8sTyped.Models.V1ObjectMeta { Name = "web" },
            Spec = new K8sTyped.Models.V1StatefulSetSpec { Replicas = -2, MinReadySeconds = -3 },
        };

        foreach (var culture in Cultures.All)
        {
            using (Cultures.Use(culture))
            {
                Assert.Equal("data-web--1", K8sTyped.Identities.StatefulSetIdentity.ClaimName("data", "web", -1));
                var messages = K8sTyped.Rules.RuleEngine.Validate(new K8sTyped.Rules.ManifestSet([set])).Diagnostics.Select(d => d.Message).ToList();
                Assert.Contains(messages, m => m.Contains("spec.replicas to -2", StringComparison.Ordinal));
                Assert.Contains(messages, m => m.Contains("spec.minReadySeconds to -3", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_cultures_really_differ_on_this_machine()
    {
        // Without ICU every culture is the invariant one and the tests above would pass without proving anything.
        Assert.False(CultureInfo.GetCultureInfo("en-US").NumberFormat.NegativeSign == "\u2212" && CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper("i") == "I",
            "The test process runs with invariant globalization.");
        Assert.True(CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper("i") == "\u0130",
            "tr-TR does not upper-case 'i' to 'İ': ICU (libicu) is missing or the test project runs with InvariantGlobalization, so the culture tests prove nothing.");
        Assert.True(CultureInfo.GetCultureInfo("sv-SE").NumberFormat.NegativeSign == "\u2212",
            "sv-SE's minus sign is not U+2212: ICU (libicu) is missing or the test project runs with InvariantGlobalization.");
        Assert.True(CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator == ",",
            "de-DE's decimal separator is not ',': ICU (libicu) is missing or the test project runs with InvariantGlobalization.");
    }

    private static (string[] Sources, string[] ClassNames) Sources(string program)
    {
        if (program == "accepted forms") return ([AcceptedForms], ["Accepted.AcceptedManifests"]);
        var folder = Path.Combine(RepositoryFiles.Root, "samples", program);
        var files = Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "Program.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var sources = files.Select(File.ReadAllText).ToArray();
        var classNames = sources
            .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s, @"\[KubernetesManifests[^\]]*\]\s*public static partial class (?<name>\w+)").Select(m => $"{program}.{m.Groups["name"].Value}"))
            .Where(name => name != "Mistakes.BuildInfoApplication") // stamped with the clock on purpose: refused, nothing to compare
            .ToArray();
        Assert.NotEmpty(classNames);
        return (sources, classNames);
    }

    /// <summary>The cultures the program may run under that disagree most with the invariant culture.</summary>
    private static class Cultures
    {
        public static IReadOnlyList<CultureInfo> All { get; } =
            [CultureInfo.GetCultureInfo("tr-TR"), CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("sv-SE"), CultureInfo.InvariantCulture];

        public static IDisposable Use(CultureInfo culture)
        {
            var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return new Restore(() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui));
        }

        private sealed class Restore(Action restore) : IDisposable
        {
            public void Dispose() => restore();
        }
    }
}
