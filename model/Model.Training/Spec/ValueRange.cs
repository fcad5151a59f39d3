namespace Mlops.Model.Training.Spec;

/// <summary>An inclusive range; an open side is infinite.</summary>
public sealed record ValueRange(double Min = double.NegativeInfinity, double Max = double.PositiveInfinity)
{
    public bool Contains(double value) => value >= Min && value <= Max;

    public override string ToString() => $"[{Min.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Max.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
}
