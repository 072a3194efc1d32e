namespace K8sTyped.Tool.Lint;

/// <summary>One <c>dotnet_diagnostic.KTnnnn.severity = value</c> line of an <c>.editorconfig</c>, with where it is.</summary>
internal sealed record EditorConfigSeverity(string Id, string Value, string File, int Line);
