using K8sTyped.Analyzers.Tests.TestSupport;
using K8sTyped.CodeFixes;
using Verify = K8sTyped.Analyzers.Tests.TestSupport.CodeFixVerifier<K8sTyped.CodeFixes.UseSuggestedQuantityCodeFix>;

namespace K8sTyped.Analyzers.Tests.CodeFixes;

public sealed class UseSuggestedQuantityCodeFixTests
{
    private const string Before = """
        [KubernetesManifests]
        public static partial class Logs
        {
            public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteOnce).Requesting({|KT0002:"250mb"|}));
        }
        """;

    // An invalid size is reported once, as KT0002 on the text: the claim it leaves without a request is not also KT1302.
    private static string Fixed(string quantity) =>
        Before.Replace("{|KT0002:\"250mb\"|}", $"\"{quantity}\"");

    [Theory]
    [InlineData("250M")]
    [InlineData("250Mi")]
    public Task A_mistyped_size_becomes_the_chosen_suggestion(string quantity) =>
        Verify.VerifyAsync(Before, Fixed(quantity), UseSuggestedQuantityCodeFix.EquivalenceKeyFor(quantity));

    [Fact]
    public async Task Each_suggestion_is_its_own_action_titled_with_the_quantity()
    {
        var test = Verify.Create(Before, Fixed("250Mi"));
        test.CodeActionIndex = 1;
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Use '250Mi'", action.Title);
        await test.RunAsync();
    }

    [Fact]
    public Task A_size_with_no_obvious_fix_gets_no_action() =>
        Verify.VerifyNoFixAsync("""
            [KubernetesManifests]
            public static partial class Logs
            {
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteOnce).Requesting({|KT0002:"1.5.3Gi"|}));
            }
            """);

    [Fact]
    public Task A_size_that_is_not_a_literal_gets_no_action() =>
        Verify.VerifyNoFixAsync("""
            [KubernetesManifests]
            public static partial class Logs
            {
                const string Size = "250mb";
                public static readonly Application App = Application.Named("logs").InNamespace("lab").Add(
                    PersistentVolumeClaim.Named("claim-log").AccessModes(AccessMode.ReadWriteOnce).Requesting({|KT0002:Size|}));
            }
            """);
}
