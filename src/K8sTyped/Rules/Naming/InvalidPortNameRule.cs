using K8sTyped.Models;
using K8sTyped.Rules.Schema;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// KT1004: a port name breaks its grammar. Container port names and ports referred to by name (a Service's
/// targetPort, the port of an httpGet or tcpSocket probe or lifecycle handler) are IANA service names; Service port
/// names are DNS-1123 labels.
/// </summary>
internal sealed class InvalidPortNameRule : Rule
{
    private const string IanaRule =
        "An IANA service name has at most 15 lowercase letters, digits and '-', at least one letter, no \"--\", and no '-' at either end (e.g. \"http\", \"metrics\", \"mysql-admin\").";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InvalidPortName;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            foreach (var field in SchemaWalker.Fields(obj, SchemaWalker.HoldsObjects, static (_, value) => value is V1ContainerPort or V1ServicePort or V1HTTPGetAction or V1TCPSocketAction))
            {
                switch (field.Value)
                {
                    case V1ContainerPort { Name: { Length: > 0 } name }:
                        CheckIana(context, obj, field, ".name", name, "Container port name");
                        break;
                    case V1ServicePort servicePort:
                        CheckServicePortName(context, obj, field, ".name", servicePort.Name);
                        if (servicePort.TargetPort is { IsInt: false } target)
                            CheckIana(context, obj, field, ".targetPort", target.StringValue, "Named targetPort");
                        break;
                    case V1HTTPGetAction { Port: { IsInt: false } httpPort }:
                        CheckIana(context, obj, field, ".port", httpPort.StringValue, "Named httpGet port");
                        break;
                    case V1TCPSocketAction { Port: { IsInt: false } tcpPort }:
                        CheckIana(context, obj, field, ".port", tcpPort.StringValue, "Named tcpSocket port");
                        break;
                }
            }
        }
    }

    // The path is only made for a name that breaks its grammar: these checks meet every port of every object.
    private void CheckIana(RuleContext context, IKubernetesObject obj, SchemaField holder, string property, string name, string what)
    {
        if (KubernetesNames.CheckIanaServiceName(name) is not { } problem) return;
        var path = holder.Path + property;
        context.Report(Descriptor, obj, path,
            $"{what} \"{name}\" is not an IANA service name: {problem}. The API server rejects the object with " +
            $"\"{path}: Invalid value: \"{name}\": {problem}\". {IanaRule}");
    }

    private void CheckServicePortName(RuleContext context, IKubernetesObject obj, SchemaField holder, string property, string? name)
    {
        // An empty name is allowed for a single port; KT1402 reports missing names when there are several.
        if (string.IsNullOrEmpty(name) || KubernetesNames.CheckDns1123Label(name!) is not { } problem) return;
        var path = holder.Path + property;
        context.Report(Descriptor, obj, path,
            $"Service port name \"{name}\" is not a DNS-1123 label: {problem}. The API server rejects the Service with " +
            $"\"{path}: Invalid value: \"{name}\": {problem}\". Use lowercase letters, digits and '-', starting and " +
            "ending with a letter or digit; keep it to 15 characters if a container port of the same name is meant.");
    }
}
