namespace K8sTyped.ModelGen.Spec;

/// <summary>One model class, generated from one OpenAPI definition.</summary>
/// <param name="Definition">The OpenAPI definition name, e.g. <c>io.k8s.api.apps.v1.StatefulSet</c>.</param>
/// <param name="ClassName">The C# class name, e.g. <c>V1StatefulSet</c>.</param>
/// <param name="Folder">The group-version folder of the generated file, e.g. <c>AppsV1</c>.</param>
/// <param name="Description">The definition's description.</param>
/// <param name="Kind">For a top-level kind: its group, version and kind; otherwise null.</param>
/// <param name="Properties">The properties, in the document's order.</param>
internal sealed record TypeSpec(
    string Definition,
    string ClassName,
    string Folder,
    string? Description,
    KindSpec? Kind,
    IReadOnlyList<PropertySpec> Properties);
