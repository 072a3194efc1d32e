namespace K8sTyped.Rules;

/// <summary>Every rule K8sTyped has, found once by looking for <see cref="Rule"/> subclasses in this assembly.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<Rule>> s_rules = new(Discover);

    /// <summary>The rules, ordered by id.</summary>
    public static IReadOnlyList<Rule> Rules => s_rules.Value;

    private static IReadOnlyList<Rule> Discover() =>
        typeof(Rule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
}
