using System.Runtime.CompilerServices;

namespace K8sTyped.Origins;

/// <summary>
/// Where properties of model objects were assigned while a <c>Configure</c> callback ran, so a finding about a field
/// the callback set points at the assignment inside the lambda. A C# property setter cannot know its caller, so at run
/// time nothing is recorded and such findings point at the <c>Configure</c> call; the build-time evaluator records
/// every assignment it executes (<see cref="Record"/>), with its exact span.
/// </summary>
public static class ModelAssignments
{
    [ThreadStatic]
    private static Log? t_current;

    /// <summary>Records that <paramref name="site"/> assigned <paramref name="propertyName"/> of <paramref name="target"/>; ignored outside a Configure callback.</summary>
    /// <param name="target">The model object whose property was set.</param>
    /// <param name="propertyName">The C# property name (<c>Replicas</c>).</param>
    /// <param name="site">Where the assigned value is written.</param>
    public static void Record(object target, string propertyName, CallSite site)
    {
        if (t_current is { } log && target is not null && propertyName is not null && site is not null)
            log.Add(target, propertyName, site);
    }

    /// <summary>Starts recording on this thread until the returned log is disposed.</summary>
    internal static Log Begin() => t_current = new Log(t_current);

    /// <summary>The assignments made while one callback ran, by object (reference) and property.</summary>
    internal sealed class Log(Log? previous) : IDisposable
    {
        private readonly ConditionalWeakTable<object, Dictionary<string, CallSite>> _byObject = new();

        /// <summary>Where <paramref name="propertyName"/> of <paramref name="target"/> was last assigned, if it was.</summary>
        public CallSite? Find(object target, string propertyName) =>
            _byObject.TryGetValue(target, out var properties) && properties.TryGetValue(propertyName, out var site) ? site : null;

        public void Dispose() => t_current = previous;

        internal void Add(object target, string propertyName, CallSite site) =>
            _byObject.GetValue(target, static _ => new Dictionary<string, CallSite>(StringComparer.Ordinal))[propertyName] = site;
    }
}
