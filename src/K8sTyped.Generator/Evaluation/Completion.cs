namespace K8sTyped.Generator.Evaluation;

/// <summary>How a statement ended: normally or by a jump the enclosing loop or body must honour.</summary>
internal enum Completion
{
    Normal,
    Break,
    Continue,
    Return,
}
