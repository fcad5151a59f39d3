using System.Globalization;

namespace Mlops.Model.Training.Gating;

internal static class Format
{
    public static string Number(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Signed(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    public static string Interval(double value, double lower, double upper) =>
        $"{Number(value)} [{Number(lower)}, {Number(upper)}]";

    public static string SignedInterval(double value, double lower, double upper) =>
        $"{Signed(value)} [{Signed(lower)}, {Signed(upper)}]";
}
