using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Validation;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// A resource that builds a <typeparamref name="TModel"/>: metadata methods shared by every kind, and
/// <see cref="Configure"/>, the escape hatch to any field the DSL does not cover.
/// </summary>
/// <typeparam name="TSelf">The concrete resource, returned by every method so calls chain.</typeparam>
/// <typeparam name="TModel">The model object built.</typeparam>
public abstract class Resource<TSelf, TModel> : Resource
    where TSelf : Resource<TSelf, TModel>
    where TModel : class, IKubernetesObject<V1ObjectMeta>, new()
{
    private readonly Steps<TModel> _steps = new();
    private readonly List<(Action<TModel> Configure, CallSite Site)> _configurations = [];

    private protected Resource(string name, CallSite site)
        : base(name)
    {
        _steps.Add((model, writer) =>
        {
            MetadataOf(model).Name = name;
            writer.Record("", site);
            writer.Record("metadata.name", site, nameof(name));
        });
    }

    /// <summary>Adds the label <paramref name="key"/>=<paramref name="value"/> to <c>metadata.labels</c>.</summary>
    public TSelf Label(string key, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        var labels = Labels.Of(key, value);
        var site = CallSite.Capture(callerFilePath, callerLine);
        // Key and value share one field path (labels[key]): it points at the argument to fix, the key when it is not a valid one.
        var parameterName = KubernetesNames.CheckLabelKey(key) is null ? nameof(value) : nameof(key);
        return Edit((model, writer) => ModelEdits.AddLabels(MetadataOf(model), labels, writer.At("metadata"), site, parameterName));
    }

    /// <summary>Adds <paramref name="labels"/> to <c>metadata.labels</c>.</summary>
    public TSelf Labeled(Labels labels, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotNull(labels, nameof(labels));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((model, writer) => ModelEdits.AddLabels(MetadataOf(model), labels, writer.At("metadata"), site, nameof(labels)));
    }

    /// <summary>Sets the annotation <paramref name="key"/> to <paramref name="value"/> in <c>metadata.annotations</c>.</summary>
    public TSelf Annotation(string key, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(key, nameof(key));
        Require.NotNull(value, nameof(value));
        return SetAnnotation(key, value, nameof(value), CallSite.Capture(callerFilePath, callerLine));
    }

    /// <summary>
    /// Edits the built <typeparamref name="TModel"/> directly, for fields the DSL does not cover. Runs at every build,
    /// on the fresh object, after everything else. Findings about the fields it sets, changes or removes point at
    /// <paramref name="configure"/> (at build time, at the value an assignment inside it wrote, when there is one).
    /// </summary>
    public TSelf Configure(Action<TModel> configure, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        _configurations.Add((Require.NotNull(configure, nameof(configure)), CallSite.Capture(callerFilePath, callerLine)));
        return (TSelf)this;
    }

    /// <summary>Builds a fresh <typeparamref name="TModel"/> (namespace and common labels from its application, if any).</summary>
    public TModel Build() => (TModel)BuildWithOrigins().Model;

    internal override BuiltObject BuildWithOrigins()
    {
        var model = new TModel();
        var origins = new OriginMap();
        var issues = new List<DslIssue>();
        var writer = new BuildWriter(origins, issues);
        ApplyNamespace(model, writer);
        _steps.ApplyTo(model, writer);
        ApplyCommonLabels(model, writer);
        ApplyConfigurations(model, writer);
        return new BuiltObject(model, origins, issues);
    }

    /// <summary>Queues an edit of the model object, replayed at every build; returns this resource.</summary>
    private protected TSelf Edit(Action<TModel, BuildWriter> step)
    {
        _steps.Add(step);
        return (TSelf)this;
    }

    /// <summary>Queues setting an annotation; <paramref name="parameterName"/> is the caller's parameter that carried the value, if any.</summary>
    private protected TSelf SetAnnotation(string key, string value, string? parameterName, CallSite site) =>
        Edit((model, writer) =>
        {
            (MetadataOf(model).Annotations ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value;
            writer.Record($"metadata.annotations[{key}]", site, parameterName);
        });

    /// <summary>Sets <c>metadata.namespace</c> for namespaced kinds.</summary>
    private protected virtual void ApplyNamespace(TModel model, BuildWriter writer)
    {
    }

    /// <summary>The metadata of the pods this resource stamps out, and its path, for kinds with a pod template.</summary>
    private protected virtual (V1ObjectMeta Metadata, string Path)? PodTemplateMetadata(TModel model) => null;

    private protected static V1ObjectMeta MetadataOf(TModel model) => model.Metadata ??= new V1ObjectMeta();

    // Only what a callback changed is its doing; the fields it leaves alone keep the DSL call that set them.
    private void ApplyConfigurations(TModel model, BuildWriter writer)
    {
        if (_configurations.Count == 0)
            return;
        var before = FieldSnapshot.Of(model);
        foreach (var (configure, site) in _configurations)
        {
            using (var assignments = ModelAssignments.Begin())
            {
                configure(model);
                var after = FieldSnapshot.Of(model);
                // The assignment inside the callback when the evaluator saw it (build time), else the callback itself.
                foreach (var field in after.ChangedSince(before))
                {
                    if (assignments.Find(field.Owner, field.Property.ClrName) is { } assigned)
                        writer.Record(field.Path, assigned);
                    else
                        writer.Record(field.Path, site, nameof(configure));
                }

                before = after;
            }
        }
    }

    // Common labels go on the object and its pod template, never on selectors; labels the resource sets win.
    private void ApplyCommonLabels(TModel model, BuildWriter writer)
    {
        if (Owner is null)
            return;
        var template = PodTemplateMetadata(model);
        // Latest call first, so a key given twice keeps the value of the later WithLabels.
        foreach (var (labels, site) in Owner.CommonLabels.Reverse())
        {
            ModelEdits.AddMissingLabels(MetadataOf(model), labels, writer.At("metadata"), site, nameof(labels));
            if (template is var (templateMetadata, path))
                ModelEdits.AddMissingLabels(templateMetadata, labels, writer.At(path), site, nameof(labels));
        }
    }
}
