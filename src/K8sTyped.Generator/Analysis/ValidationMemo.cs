using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using K8sTyped.Generator.Parser;

namespace K8sTyped.Generator.Analysis;

/// <summary>
/// A class's validated findings, kept with its evaluation and reused while the validation's inputs are the very same
/// objects: the evaluation itself, the other classes' evaluations, the inventory's and the previous manifests' objects
/// (read once per file content). Most keystrokes change none of them — the evaluation cache answers with the same
/// evaluation — and then cost no rule run, only placing the findings in the new compilation.
/// </summary>
internal static class ValidationMemo
{
    private static readonly ConditionalWeakTable<ClassEvaluation, Entry> s_entries = new();

    /// <summary>The findings of <paramref name="evaluation"/> under <paramref name="inputs"/>, from <paramref name="validate"/> when not known yet.</summary>
    public static ImmutableArray<ValidatedFinding> GetOrValidate(ClassEvaluation evaluation, ValidationInputs inputs, Func<ImmutableArray<ValidatedFinding>> validate)
    {
        var entry = s_entries.GetValue(evaluation, _ => new Entry());
        lock (entry)
        {
            if (entry.Inputs is { } known && known.AreSameAs(inputs)) return entry.Findings;
        }

        var findings = validate();
        lock (entry)
        {
            entry.Inputs = inputs;
            entry.Findings = findings;
        }

        return findings;
    }

    private sealed class Entry
    {
        public ValidationInputs? Inputs { get; set; }

        public ImmutableArray<ValidatedFinding> Findings { get; set; }
    }
}
