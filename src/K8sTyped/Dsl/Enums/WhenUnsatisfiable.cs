namespace K8sTyped;

/// <summary>What the scheduler does with a pod that would break a spread constraint (<c>whenUnsatisfiable</c>).</summary>
public enum WhenUnsatisfiable
{
    /// <summary><c>DoNotSchedule</c>: leave it Pending.</summary>
    DoNotSchedule,

    /// <summary><c>ScheduleAnyway</c>: schedule it, preferring nodes that reduce the skew.</summary>
    ScheduleAnyway,
}
