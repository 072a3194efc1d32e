namespace K8sTyped.Rules.Storage;

/// <summary>KT1302: a claim or claim template whose storage request is missing, zero or negative; the API server rejects it.</summary>
internal sealed class ClaimWithoutStorageRequestRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.ClaimWithoutStorageRequest;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var claim in WorkloadQueries.Claims(context.Manifests))
        {
            var field = claim.RequestPath;
            if (claim.Request is not { } request)
            {
                var limitHint = StorageSize.In(claim.Spec.Resources?.Limits) is not null
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
