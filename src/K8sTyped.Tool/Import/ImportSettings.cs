namespace K8sTyped.Tool.Import;

/// <summary>What the generated file is called and declares.</summary>
/// <param name="SourceName">The input as named on the command line (for the file's header).</param>
/// <param name="FileName">The manifest file the build writes (<c>FileName</c> of the attribute).</param>
/// <param name="ClassName">The static partial class.</param>
/// <param name="Namespace">The C# namespace, or none.</param>
/// <param name="ApplicationName">The name given to <c>Application.Named</c>.</param>
internal sealed record ImportSettings(string SourceName, string FileName, string ClassName, string? Namespace, string ApplicationName);
