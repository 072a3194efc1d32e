namespace K8sTyped.Generator.Model;

/// <summary>A name the cluster will give something (a pod's DNS name, a claim's name), emitted as a constant.</summary>
/// <param name="Name">The C# constant's name.</param>
/// <param name="Value">The computed name.</param>
/// <param name="Description">What it is, for the constant's doc comment.</param>
internal sealed record IdentityConstant(string Name, string Value, string Description);
