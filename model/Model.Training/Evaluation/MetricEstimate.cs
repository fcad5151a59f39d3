namespace Mlops.Model.Training.Evaluation;

/// <summary>A metric on the full rows and its bootstrap percentile interval (NaN bounds when the metric was never defined).</summary>
public readonly record struct MetricEstimate(double Value, double Lower, double Upper);
