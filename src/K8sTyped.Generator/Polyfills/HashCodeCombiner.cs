namespace K8sTyped.Generator.Polyfills;

// netstandard2.0 has no System.HashCode; the model records need a stable combination for structural equality.
internal static class HashCodeCombiner
{
    public static int Combine(int hash, int next) => unchecked((hash * 397) ^ next);
}
