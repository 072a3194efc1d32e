using K8sTyped.Generator.Diagnostics;
using K8sTyped.Generator.Evaluation;
using K8sTyped.Generator.Model;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Parser;

/// <summary>
/// Turns a marked class into its <see cref="ClassEvaluation"/>: checks the K8sTyped reference, evaluates the class's static
/// members with the interpreter, and assembles the application. Never throws (except on cancellation): any failure is
/// a diagnostic in the spec, so other applications still emit.
/// </summary>
internal static class ManifestParser
{
    public static ClassEvaluation Parse(ManifestTarget target, Compilation compilation, EvaluationLimits limits, EvaluationCache cache, CancellationToken cancellationToken)
    {
        if (target.Diagnostics.Count > 0)
            return ClassEvaluation.Failed(target, [.. target.Diagnostics]);
        try
        {
            // The reference check sits behind the cache too: a cached result is reused only while the references are the same.
            return cache.GetOrEvaluate(target, compilation, limits, () => Evaluate(target, compilation, limits, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            return ClassEvaluation.Failed(target, InternalFailure(target, e));
        }
    }

    public static DiagnosticInfo InternalFailure(ManifestTarget target, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalFailure, target.ClassSpan, target.ApplicationName, e.GetType().Name + ": " + e.Message);

    // A place K8sTyped recorded (1-based lines and columns) as a span of the compilation, if it is in one of its trees.
    private static SourceSpan? SpanOf(K8sTyped.Origins.SourceOrigin? origin, Compilation compilation)
    {
        if (origin is not { FilePath: { } path, Line: > 0, Column: > 0 }) return null;
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
        var lines = tree?.GetText().Lines;
        if (tree is null || lines is null || origin.Line > lines.Count || origin.EndLine > lines.Count) return null;
        var start = Math.Min(lines[origin.Line - 1].Start + origin.Column - 1, lines[origin.Line - 1].End);
        var end = origin.EndLine > 0 ? Math.Min(lines[origin.EndLine - 1].Start + origin.EndColumn - 1, lines[origin.EndLine - 1].End) : lines[origin.Line - 1].End;
        return SourceSpan.From(tree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, Math.Max(start, end)));
    }

    private static Compilation WithoutNullableAnalysis(Compilation compilation) =>
        compilation is Microsoft.CodeAnalysis.CSharp.CSharpCompilation { Options.NullableContextOptions: not Microsoft.CodeAnalysis.NullableContextOptions.Disable } csharp
            ? csharp.WithOptions(csharp.Options.WithNullableContextOptions(Microsoft.CodeAnalysis.NullableContextOptions.Disable))
            : compilation;

    private static (ClassEvaluation, DependencyRecorder?) Evaluate(ManifestTarget target, Compilation compilation, EvaluationLimits limits, CancellationToken cancellationToken)
    {
        var referenced = compilation.ReferencedAssemblyNames.FirstOrDefault(a => a.Name == LibraryAssembly.Name);
        if (referenced is not null && referenced.Version != LibraryAssembly.Version)
        {
            return (ClassEvaluation.Failed(target, DiagnosticInfo.Create(
                DiagnosticDescriptors.LibraryVersionMismatch, target.ClassSpan, referenced.Version.ToString(), LibraryAssembly.Version.ToString())), null);
        }

        compilation = WithoutNullableAnalysis(compilation);
        var type = compilation.GetTypeByMetadataName(target.MetadataName);
        if (type is null)
            return (ClassEvaluation.Failed(target), null);
        var dependencies = new DependencyRecorder();
        dependencies.Record(type);
        var interpreter = new Interpreter(compilation, new StepBudget(limits) { CancellationToken = cancellationToken }, dependencies);
        try
        {
            var members = new List<EvaluatedMember>();
            foreach (var member in type.GetMembers())
            {
                if (!member.IsStatic || member.IsImplicitlyDeclared) continue;
                if (member is IFieldSymbol { IsConst: false } or IPropertySymbol { IsIndexer: false, GetMethod: not null })
                {
                    var site = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
                    if (site is null) continue;
                    var name = site switch
                    {
                        Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax field => field.Identifier.Span,
                        Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Identifier.Span,
                        _ => site.Span,
                    };
                    members.Add(new EvaluatedMember(member.Name, interpreter.ReadStaticMember(member, site), SourceSpan.From(site.SyntaxTree, name)));
                }
            }

            return (ApplicationAssembler.Assemble(target, members, interpreter.AssignedAt, origin => SpanOf(origin, compilation)), dependencies);
        }
        catch (EvaluationException e)
        {
            return (ClassEvaluation.Failed(target, e.Diagnostic), dependencies);
        }
        catch (CompilationErrorException)
        {
            // The compiler reports the errors; emitting nothing avoids a second, misleading report.
            return (ClassEvaluation.Failed(target), dependencies);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or K8sTyped.Serialization.KubernetesSerializationException)
        {
            // Building or writing the objects failed on a value the code gave (the library says which).
            return (ClassEvaluation.Failed(target, DiagnosticInfo.Create(DiagnosticDescriptors.EvaluatedCodeThrew, target.ClassSpan, e.GetType().Name, e.Message)), dependencies);
        }
        catch (StepBudgetExhaustedException exhausted)
        {
            return (ClassEvaluation.Failed(target, exhausted.AtLastStep().Diagnostic), dependencies);
        }
        catch (InsufficientExecutionStackException)
        {
            return (ClassEvaluation.Failed(target, Interpreter.TooDeep(target.ClassSpan)), dependencies);
        }
    }
}
