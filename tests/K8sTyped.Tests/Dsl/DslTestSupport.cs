using System.Runtime.CompilerServices;

namespace K8sTyped.Tests.Dsl;

/// <summary>Helpers for DSL tests.</summary>
internal static class DslTestSupport
{
    /// <summary>The line this is called from; call it on the same line as the DSL call whose origin a test checks.</summary>
    public static int ThisLine([CallerLineNumber] int line = 0) => line;

    /// <summary>This test file's path, as the compiler passes it to caller-info parameters.</summary>
    public static string ThisFile([CallerFilePath] string path = "") => path;
}
