namespace K8sTyped.Rules.Storage;

/// <summary>How storage findings name a claim: a standalone claim by its name, a claim template with its StatefulSet.</summary>
internal static class ClaimSiteDescriptions
{
    /// <summary><c>claim 'data'</c> or <c>claim template 'data' of StatefulSet 'db'</c>, for the middle of a sentence.</summary>
    public static string Describe(this ClaimSite site) =>
        site.TemplateName is null
            ? $"claim '{ManifestSet.NameOf(site.Owner)}'"
            : $"claim template '{site.TemplateName}' of StatefulSet '{ManifestSet.NameOf(site.Owner)}'";

    /// <summary><c>Claim 'data'</c> or <c>Claim template 'data' of StatefulSet 'db'</c>, to start a sentence.</summary>
    public static string DescribeAtStart(this ClaimSite site) => "C" + site.Describe().Substring(1);
}
