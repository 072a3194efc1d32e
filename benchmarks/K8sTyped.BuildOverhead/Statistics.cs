using System.Globalization;

namespace K8sTyped.BuildOverhead;

/// <summary>The median of a set of timings, with the fastest and slowest as the spread.</summary>
internal readonly record struct Statistics(double Median, double Fastest, double Slowest)
{
    public static Statistics Of(IReadOnlyList<double> seconds)
    {
        var sorted = seconds.Order().ToArray();
        int middle = sorted.Length / 2;
        double median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Statistics(median, sorted[0], sorted[^1]);
    }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0:F2} s [{1:F2}–{2:F2}]", Median, Fastest, Slowest);
}
