using K8sTyped.Models;
using K8sTyped.Rules;
using K8sTyped.Tool.Import.Kinds;

namespace K8sTyped.Tool.Import;

/// <summary>
/// Decides how each object is written and proves it: a DSL plan is built in process, inside an application like the one
/// the C# declares, and compared with the input; what differs is set by a <c>Configure</c> lambda; a plan that still
/// differs (or that the DSL refuses) gives way to a typed initializer, which is verified too. The C# can therefore never
/// mean something other than the input.
/// </summary>
internal static class ImportPlanner
{
    /// <summary>The namespace the application gives: the one every namespaced object has, if they all have the same.</summary>
    public static string? ApplicationNamespace(IReadOnlyList<ImportedObject> objects)
    {
        var namespaced = objects.Where(o => !KubernetesScopes.IsClusterScoped(o.Kind)).ToList();
        var namespaces = namespaced.Select(o => o.Namespace).Distinct().ToList();
        return namespaced.Count > 0 && namespaces is [{ Length: > 0 } single] ? single : null;
    }

    /// <summary>
    /// Plans every object (setting <see cref="ImportedObject.Plan"/>), finds what they refer to outside the input, and
    /// verifies the whole application with those declarations.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Even the typed initializers do not evaluate to the input: a bug of the import, which the tool reports as an internal error.
    /// </exception>
    public static IReadOnlyList<ExternalDeclaration> Plan(IReadOnlyList<ImportedObject> objects, string applicationName, string? applicationNamespace)
    {
        var scope = new ImportScope(objects, applicationNamespace);
        foreach (var obj in objects.OrderBy(o => KindImports.ReferenceRank(o.Kind)))
        {
            if (TryPlan(obj, scope) is { } plan)
                obj.Plan = Verified(plan, obj, applicationName, applicationNamespace);
            if (obj.Plan is null && !Same(BuildAlone(applicationName, applicationNamespace, app => app.Add(TypedCopy(obj, applicationNamespace))), obj.Model))
                throw new InvalidOperationException($"{obj.Kind} {obj.Name} does not evaluate equal to the input even as a typed initializer");
        }

        var externals = ExternalReferences.Of(BuildApplication(objects, applicationName, applicationNamespace, []), objects);
        var whole = BuildApplication(objects, applicationName, applicationNamespace, externals);
        if (KubernetesYaml.Serialize(whole.Objects) != KubernetesYaml.Serialize(objects.Select(o => o.Model)))
            throw new InvalidOperationException("the imported application does not evaluate to the input objects");
        return externals;
    }

    /// <summary>The application the C# declares, built in process.</summary>
    public static Application BuildApplication(IReadOnlyList<ImportedObject> objects, string applicationName, string? applicationNamespace, IReadOnlyList<ExternalDeclaration> externals)
    {
        var app = NewApplication(applicationName, applicationNamespace);
        var context = new ApplyContext();
        foreach (var obj in objects)
        {
            if (obj.Plan is not null) app.Add(context.Resource<Resource>(obj));
            else app.Add(TypedCopy(obj, applicationNamespace));
        }

        return externals.Aggregate(app, (current, external) => external.ApplyTo(current));
    }

    /// <summary>
    /// The object as the typed initializer writes it: without the namespace the application gives anyway (so the C#
    /// does not repeat it).
    /// </summary>
    public static IKubernetesObject TypedCopy(ImportedObject obj, string? applicationNamespace)
    {
        var copy = (IKubernetesObject)ModelDifference.Copy(obj.Model)!;
        if (applicationNamespace is not null && copy is IKubernetesObject<V1ObjectMeta> { Metadata: { } metadata } && metadata.Namespace == applicationNamespace)
            metadata.Namespace = null;
        return copy;
    }

    private static IResourcePlan? Verified(IResourcePlan plan, ImportedObject obj, string applicationName, string? applicationNamespace)
    {
        var built = TryBuild(plan, applicationName, applicationNamespace);
        if (built is null) return null;
        var residue = ModelDifference.Between(built, obj.Model);
        if (residue.Count == 0) return plan;
        var completed = plan.WithResidue(residue);
        return TryBuild(completed, applicationName, applicationNamespace) is { } again && Same(again, obj.Model) ? completed : null;
    }

    // The DSL refuses some values outright (an empty label key, a negative replica count): then the object is written typed.
    private static IResourcePlan? TryPlan(ImportedObject obj, ImportScope scope)
    {
        try
        {
            return KindImports.PlanFor(obj, scope);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IKubernetesObject? TryBuild(IResourcePlan plan, string applicationName, string? applicationNamespace)
    {
        try
        {
            var references = new ApplyContext(reference => NewApplication(applicationName, applicationNamespace).Add(reference));
            return BuildAlone(applicationName, applicationNamespace, app => app.Add(plan.Create(references)));
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static IKubernetesObject BuildAlone(string applicationName, string? applicationNamespace, Action<Application> add)
    {
        var app = NewApplication(applicationName, applicationNamespace);
        add(app);
        return app.Objects.Single();
    }

    private static Application NewApplication(string applicationName, string? applicationNamespace)
    {
        var app = Application.Named(applicationName);
        return applicationNamespace is null ? app : app.InNamespace(applicationNamespace);
    }

    private static bool Same(IKubernetesObject built, IKubernetesObject expected) =>
        ModelDifference.Same(built, expected) && KubernetesYaml.Serialize(built) == KubernetesYaml.Serialize(expected);
}
