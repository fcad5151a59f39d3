using System.Globalization;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>Shares as the monitoring tables show them (numbers go through the gate's Format).</summary>
internal static class Percent
{
    public static string Of(double share) =>
        double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
