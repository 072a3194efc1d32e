namespace K8sTyped;

/// <summary>
/// The edits a builder has collected, replayed in call order on a fresh model object at every build; this is what makes
/// building repeatable and side-effect free.
/// </summary>
/// <typeparam name="T">The model object the edits apply to.</typeparam>
internal sealed class Steps<T>
{
    private readonly List<Action<T, BuildWriter>> _steps = [];

    public void Add(Action<T, BuildWriter> step) => _steps.Add(step);

    public void ApplyTo(T target, BuildWriter writer)
    {
        foreach (var step in _steps)
            step(target, writer);
    }
}
