using K8sTyped.Models;
using K8sTyped.Rules.Schema;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// KT1005: a port number is outside 1–65535: containerPort, hostPort, a Service's port, targetPort and nodePort, and
/// the port of a probe or lifecycle handler. A hostPort, nodePort or targetPort of 0 means "unset" to the API server
/// (none, allocate one, same as port) and is not reported.
/// </summary>
internal sealed class PortOutOfRangeRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.PortOutOfRange;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            foreach (var field in SchemaWalker.Fields(obj, SchemaWalker.HoldsObjects, static (_, value) => value is V1ContainerPort or V1ServicePort or V1HTTPGetAction or V1TCPSocketAction or V1GRPCAction))
            {
                switch (field.Value)
                {
                    case V1ContainerPort containerPort:
                        Check(context, obj, field, ".containerPort", containerPort.ContainerPort);
                        Check(context, obj, field, ".hostPort", Unless0(containerPort.HostPort));
                        break;
                    case V1ServicePort servicePort:
                        Check(context, obj, field, ".port", servicePort.Port);
                        Check(context, obj, field, ".targetPort", servicePort.TargetPort is { IsInt: true } target ? Unless0(target.IntValue) : null);
                        Check(context, obj, field, ".nodePort", Unless0(servicePort.NodePort));
                        break;
                    case V1HTTPGetAction { Port: { IsInt: true } httpPort }:
                        Check(context, obj, field, ".port", httpPort.IntValue);
                        break;
                    case V1TCPSocketAction { Port: { IsInt: true } tcpPort }:
                        Check(context, obj, field, ".port", tcpPort.IntValue);
                        break;
                    case V1GRPCAction grpc:
                        Check(context, obj, field, ".port", grpc.Port);
                        break;
                }
            }
        }
    }

    private static int? Unless0(int? port) => port == 0 ? null : port;

    // The path is only made for a port out of range: these checks meet every port of every object.
    private void Check(RuleContext context, IKubernetesObject obj, SchemaField holder, string property, int? port)
    {
        if (port is not { } value || KubernetesNames.CheckPortNumber(value) is not { } problem) return;
        var path = holder.Path + property;
        // Often negative: the current culture would write the minus sign as U+2212 under sv-SE.
        var number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Report(Descriptor, obj, path,
            $"Port {number} is out of range: it {problem}. The API server rejects the object with " +
            $"\"{path}: Invalid value: {number}: {problem}\". Use a port number from 1 to 65535.");
    }
}
