namespace Mlops.Model.Training.Data.Loading;

/// <summary>The spellings of a missing value, as pandas reads them by default (empty, NA, N/A, NaN, null, …).</summary>
internal static class MissingValues
{
    public static bool IsMissing(ReadOnlySpan<byte> field) =>
        field.IsEmpty
        || (field.Length <= 4 && (field.SequenceEqual("NA"u8) || field.SequenceEqual("N/A"u8) || field.SequenceEqual("NaN"u8)
            || field.SequenceEqual("nan"u8) || field.SequenceEqual("null"u8) || field.SequenceEqual("NULL"u8)));
}
