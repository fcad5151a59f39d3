using System.Globalization;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>
/// Parses plain decimals ("-12.345") several times faster than the general parser and exactly: with at most
/// 2^53 as the digits and 10^22 as the divisor both are exact doubles, so one division rounds correctly
/// (Clinger's fast path). Anything else (exponents, long digit strings) goes to <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider, out double)"/>.
/// </summary>
internal static class FastDouble
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value) =>
        TryParseSimple(text, out value)
        || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));

    private static bool TryParseSimple(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var index = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        ulong mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var inFraction = false;
        for (; index < text.Length; index++)
        {
            var digit = (uint)(text[index] - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                fractionDigits += inFraction ? 1 : 0;
            }
            else if (text[index] == '.' && !inFraction)
            {
                inFraction = true;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > 18 || mantissa > MaxExactMantissa || fractionDigits >= PowersOfTen.Length)
        {
            return false;
        }

        value = mantissa / PowersOfTen[fractionDigits];
        value = text[0] == '-' ? -value : value;
        return true;
    }
}
