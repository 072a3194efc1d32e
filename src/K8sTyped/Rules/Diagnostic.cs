using K8sTyped.Origins;

namespace K8sTyped.Rules;

/// <summary>One finding: which rule, how serious, what is wrong, on which object and field, and where it came from.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(
        RuleDescriptor rule, Severity severity, string message, ObjectReference? @object, string path, SourceOrigin? origin,
        IReadOnlyList<SourceOrigin>? relatedOrigins = null)
    {
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Object = @object;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Origin = origin;
        RelatedOrigins = relatedOrigins ?? [];
    }

    /// <summary>The rule that found it.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's id.</summary>
    public string Id => Rule.Id;

    /// <summary>How serious it is.</summary>
    public Severity Severity { get; }

    /// <summary>What is wrong, and what to do.</summary>
    public string Message { get; }

    /// <summary>The object concerned; null for findings about the set as a whole.</summary>
    public ObjectReference? Object { get; }

    /// <summary>The field path inside the object, e.g. <c>spec.serviceName</c>; "" for the object itself.</summary>
    public string Path { get; }

    /// <summary>Where in the user's source the offending value was set, when known.</summary>
    public SourceOrigin? Origin { get; }

    /// <summary>
    /// Where the other objects a cross-object finding names were set (the Service a StatefulSet refers to, the volume a
    /// claim cannot bind): the IDE shows them as additional locations.
    /// </summary>
    public IReadOnlyList<SourceOrigin> RelatedOrigins { get; }

    /// <summary><c>file(line,col): error KT2001: message [StatefulSet database/mariadb spec.serviceName]</c>.</summary>
    public override string ToString()
    {
        var where = Origin is null ? "" : Origin + ": ";
        var what = Object is null ? "" : Path.Length == 0 ? $" [{Object}]" : $" [{Object} {Path}]";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Id}: {Message}{what}";
    }
}
