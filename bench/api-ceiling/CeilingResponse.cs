namespace Mlops.Bench.ApiCeiling;

/// <summary>The same shape as the API's prediction response, always the same values.</summary>
public sealed record CeilingResponse(float Probability, bool Label, double Threshold, string ModelVersion)
{
    public static CeilingResponse Constant { get; } = new(0.5f, false, 0.5, "ceiling");
}
