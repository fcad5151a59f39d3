namespace Mlops.Model.Profiles;

/// <summary>
/// A numeric column's training distribution finer than its histogram, for drift tests that must see shifts smaller
/// than a bin: every distinct value with its count when the column has few (integer codes, counts, flags), otherwise
/// evenly spaced order statistics, each weighing the same, whose step CDF is within 1 / points of the training CDF.
/// </summary>
public sealed record ValueDistribution(IReadOnlyList<double> Values, IReadOnlyList<long> Weights, bool Exact);
