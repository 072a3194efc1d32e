using System.Reflection;
using K8sTyped.Build;
using K8sTyped.Generator.Model;
using K8sTyped.Generator.Parser;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Tests.TestSupport;

/// <summary>
/// Compiles a program with its generated code, loads it into the test process and runs it: the run-time side of the
/// differential tests.
/// </summary>
internal sealed class RuntimeManifests
{
    private RuntimeManifests(Assembly assembly) => Assembly = assembly;

    public Assembly Assembly { get; }

    public static RuntimeManifests Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return new RuntimeManifests(Assembly.Load(image.ToArray()));
    }

    /// <summary>The YAML the generator put in the class's ManifestYaml constant.</summary>
    public string GeneratedYaml(string className) =>
        (string)Type(className).GetField("ManifestYaml", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

    /// <summary>
    /// The YAML the class gives when its code really runs: its static members read by reflection (running the static
    /// initializers) and put together as the generator does (Application.ToYaml(), or the gathered members).
    /// </summary>
    public string RunTimeYaml(string className, string? defaultNamespace = null)
    {
        var type = Type(className);
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is FieldInfo { IsLiteral: false } or PropertyInfo { CanRead: true })
            .Where(m => m.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .OrderBy(m => m.MetadataToken)
            .Select(m => new EvaluatedMember(m.Name, m is FieldInfo f ? f.GetValue(null) : ((PropertyInfo)m).GetValue(null), new SourceSpan("", default, default)))
            .ToList();
        var target = new ManifestTarget(type.FullName!, type.Namespace, EquatableArray<string>.Empty, type.Name, "static partial class " + type.Name, type.FullName!,
            defaultNamespace, null, ManifestTargetParser.KebabCase(type.Name) + ".yaml", null, EquatableArray<DiagnosticInfo>.Empty);
        var evaluation = ApplicationAssembler.Assemble(target, members);
        Assert.Empty(evaluation.Diagnostics);
        return evaluation.Spec.Yaml!;
    }

    /// <summary>The attribute the generator put on the class for the post-build writer.</summary>
    public GeneratedApplicationAttribute Application(string className) =>
        Type(className).GetCustomAttribute<GeneratedApplicationAttribute>() ?? throw new Xunit.Sdk.XunitException($"{className} has no GeneratedApplication attribute");

    public Type Type(string className) =>
        Assembly.GetTypes().Single(t => t.Name == className && t.DeclaringType is null || t.FullName == className);
}
