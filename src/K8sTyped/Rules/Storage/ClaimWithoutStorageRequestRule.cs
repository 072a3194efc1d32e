namespace K8sTyped.Rules.Storage;

/// <summary>KT1302: a claim or claim template whose storage request is missing, zero or negative; the API server rejects it.</summary>
internal sealed class ClaimWithoutStorageRequestRule : Rule
{
    private const string Storage = "storage";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimWithoutStorageRequest;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var claim in WorkloadQueries.Claims(context.Manifests))
        {
            var field = $"{claim.Path}.resources.requests[{Storage}]";
            var requests = claim.Spec.Resources?.Requests;
            if (requests is null || !requests.TryGetValue(Storage, out var request))
            {
                var limitHint = claim.Spec.Resources?.Limits?.ContainsKey(Storage) == true
                    ? " A storage limit alone is not enough: claims are sized by their request."
                    : "";
                context.Report(
                    Descriptor,
                    claim.Owner,
                    field,
                    $"{claim.DescribeAtStart()} has no {field}: the API server rejects it (\"resources[storage]: Required value\").{limitHint} "
                    + "Request the size the volume needs, e.g. storage: 10Gi.");
            }
            else if (request.Sign <= 0)
            {
                context.Report(
                    Descriptor,
                    claim.Owner,
                    field,
                    $"{claim.DescribeAtStart()} requests {request} of storage in {field}: the API server rejects it (\"must be greater than zero\"). "
                    + "Request the size the volume needs, e.g. storage: 10Gi.");
            }
        }
    }
}
