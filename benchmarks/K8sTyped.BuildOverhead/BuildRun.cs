namespace K8sTyped.BuildOverhead;

/// <summary>One timed build: wall-clock seconds, and the peak resident memory of its largest process in MiB when known.</summary>
internal readonly record struct BuildRun(double Seconds, double? PeakMiB);
