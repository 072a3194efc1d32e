using System.Runtime.CompilerServices;

namespace K8sTyped.Origins;

/// <summary>
/// One call of a DSL method, as the DSL sees it. At run time it knows the caller's file and line (caller-info attributes);
/// the build-time evaluator installs its own call sites (<see cref="Enter"/>) that know the exact span of the call and
/// of each argument, so a rule can point at the argument that set a bad value.
/// </summary>
public class CallSite
{
    [ThreadStatic]
    private static CallSite? t_ambient;

    /// <summary>Creates a call site known by file and line.</summary>
    public CallSite(string? filePath, int line)
    {
        FilePath = string.IsNullOrEmpty(filePath) ? null : filePath;
        Line = line;
    }

    /// <summary>The caller's file, when known.</summary>
    public string? FilePath { get; }

    /// <summary>The caller's line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>
    /// The call site for a DSL method invoked from <paramref name="callerFilePath"/>:<paramref name="callerLine"/>,
    /// unless an evaluator has installed a more precise one for the call being executed.
    /// </summary>
    public static CallSite Capture([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        t_ambient ?? new CallSite(callerFilePath, callerLine);

    /// <summary>Makes <paramref name="site"/> the call site of every DSL call on this thread until the scope is disposed.</summary>
    public static IDisposable Enter(CallSite site) => new Scope(site ?? throw new ArgumentNullException(nameof(site)));

    /// <summary>Where the call, or one of its arguments, is.</summary>
    /// <param name="parameterName">The DSL method's parameter that carried the value, or null for the call itself.</param>
    public virtual SourceOrigin Locate(string? parameterName) => new(FilePath, Line);

    private sealed class Scope : IDisposable
    {
        private readonly CallSite? _previous;
        private bool _disposed;

        public Scope(CallSite site)
        {
            _previous = t_ambient;
            t_ambient = site;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            t_ambient = _previous;
        }
    }
}
