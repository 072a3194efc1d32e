namespace K8sTyped.ModelGen.Output;

/// <summary>One generated source file.</summary>
/// <param name="RelativePath">Its path under the output folder, with <c>/</c> separators, e.g. <c>AppsV1/V1StatefulSet.g.cs</c>.</param>
/// <param name="Content">Its text, with LF line endings.</param>
internal sealed record GeneratedFile(string RelativePath, string Content);
