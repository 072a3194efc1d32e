using System.Text.Json.Nodes;

namespace K8sTyped.KubernetesClient.Tests;

/// <summary>
/// Compares two JSON texts as values (key order aside). KubernetesClient writes every quantity in canonical form, as the
/// API server stores it (<c>1.5Gi</c> becomes <c>1536Mi</c>): a string may differ only by being exactly the canonical
/// form of the expected quantity, which is the same amount. Anything else that differs fails, with its path.
/// </summary>
internal static class JsonComparison
{
    public static void AssertSame(string expected, string actual, string what)
    {
        var difference = Difference(JsonNode.Parse(expected), JsonNode.Parse(actual), "$");
        Assert.True(difference is null, $"{what}: {difference}\nexpected: {expected}\nactual:   {actual}");
    }

    private static string? Difference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key)) return $"{path}.{key} is only on one side";
                    if (Difference(e[key], a[key], $"{path}.{key}") is { } inner) return inner;
                }

                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) return $"{path} has {e.Count} items, not {a.Count}";
                for (var i = 0; i < e.Count; i++)
                    if (Difference(e[i], a[i], $"{path}[{i}]") is { } inner) return inner;
                return null;
            case (JsonValue e, JsonValue a) when JsonNode.DeepEquals(e, a):
                return null;
            case (JsonValue e, JsonValue a) when e.TryGetValue<string>(out var text) && a.TryGetValue<string>(out var other)
                                                 && Quantity.TryParse(text, out var quantity) && quantity.ToCanonicalString() == other:
                return null;
            default:
                return $"{path}: {expected?.ToJsonString()} is not {actual?.ToJsonString()}";
        }
    }
}
