using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>A value the DSL could not use (reported as KT0002): where it belongs in the object and where it was written.</summary>
/// <param name="Path">The field path the value was meant for.</param>
/// <param name="Origin">The call, or the argument, that carried it.</param>
/// <param name="Message">What is wrong with it.</param>
internal sealed record DslIssue(string Path, SourceOrigin Origin, string Message);
