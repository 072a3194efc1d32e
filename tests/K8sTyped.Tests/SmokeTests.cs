namespace K8sTyped.Tests;

public class SmokeTests
{
    [Fact]
    public void Mapping_rejects_duplicate_keys()
    {
        var mapping = new K8sTyped.Yaml.YamlMapping();
        mapping.Add("a", K8sTyped.Yaml.YamlScalar.String("1"));
        Assert.False(mapping.TryAdd(K8sTyped.Yaml.YamlScalar.String("a"), K8sTyped.Yaml.YamlScalar.String("2")));
    }
}
