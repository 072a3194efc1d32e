namespace K8sTyped.Tool.Lint;

/// <summary>What one lint run found: the rule findings in file order, and what could not be read.</summary>
internal sealed record LintReport(IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> InputProblems, int ObjectCount, int FileCount)
{
    public bool HasInputErrors => InputProblems.Any(p => p.IsError);
}
