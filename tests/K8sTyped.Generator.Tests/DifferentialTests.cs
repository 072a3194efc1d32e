using K8sTyped.Generator.Tests.Programs;
using K8sTyped.Generator.Tests.TestSupport;

namespace K8sTyped.Generator.Tests;

/// <summary>
/// The YAML the generator computes at build time is byte-for-byte the YAML the same code gives when it runs: each
/// program is compiled with its generated code, loaded into this process, and its ManifestYaml constant compared
/// with what its static members produce when really executed.
/// </summary>
public sealed class DifferentialTests
{
    public static TheoryData<string> Programs() => [.. TestPrograms.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Generated_yaml_is_the_run_time_yaml(string name)
    {
        var program = TestPrograms.All.Single(p => p.Name == name);
        var run = GeneratorRun.Run(program.Sources);

        // The programs exercise the evaluator, not the rules: some of their objects draw findings (a literal Secret).
        Assert.Empty(run.EvaluationDiagnostics);
        Assert.Empty(run.OutputErrors);
        var runtime = RuntimeManifests.Load(run.Output);
        var generated = runtime.GeneratedYaml(program.ClassName);
        var attribute = program.Sources.Select(s => System.Text.RegularExpressions.Regex.Match(s, @"KubernetesManifests\(Namespace = ""(?<ns>[^""]+)""\)")).FirstOrDefault(m => m.Success);
        var expected = runtime.RunTimeYaml(program.ClassName, attribute?.Groups["ns"].Value);

        Assert.Equal(expected, generated);
        Assert.Contains(program.ExpectedFragment, generated, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void GeneratedApplication_names_the_application_and_a_file_for_each_document(string name)
    {
        var program = TestPrograms.All.Single(p => p.Name == name);
        var runtime = RuntimeManifests.Load(GeneratorRun.Run(program.Sources).Output);
        var generated = runtime.GeneratedYaml(program.ClassName);

        var attribute = runtime.Application(program.ClassName);
        Assert.Equal(runtime.Type(program.ClassName).FullName, attribute.Application);
        // The writer splits the manifest at its "---" lines; each document is what the object alone is written as.
        var parts = generated.Split("\n---\n");
        var documents = parts.Select((text, i) => i < parts.Length - 1 ? text + "\n" : text).ToList();
        Assert.Equal(documents.Count, attribute.ObjectFileNames.Count);
        foreach (var (document, fileName) in documents.Zip(attribute.ObjectFileNames))
        {
            var obj = Assert.Single(KubernetesYaml.Read(document).Objects);
            Assert.Equal(Parser.ApplicationAssembler.ObjectFileName(obj), fileName);
            Assert.Equal(KubernetesYaml.Serialize(obj), document);
        }
    }
}
