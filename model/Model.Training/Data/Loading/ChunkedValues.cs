namespace Mlops.Model.Training.Data.Loading;

/// <summary>
/// A column's values by row, kept in fixed-size chunks while the file streams in: unlike a doubling array, growing
/// never copies what was read, and the one exact-size array is made at the end.
/// </summary>
internal sealed class ChunkedValues<T>
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int Mask = ChunkSize - 1;

    private readonly List<T[]> chunks = [];

    public T this[int row]
    {
        get => chunks[row >> ChunkBits][row & Mask];
        set
        {
            var chunk = row >> ChunkBits;
            while (chunk >= chunks.Count)
            {
                chunks.Add(new T[ChunkSize]);
            }

            chunks[chunk][row & Mask] = value;
        }
    }

    /// <summary>The first <paramref name="rows"/> values in one array.</summary>
    public T[] ToArray(int rows)
    {
        var result = new T[rows];
        for (var start = 0; start < rows; start += ChunkSize)
        {
            chunks[start >> ChunkBits].AsSpan(0, Math.Min(ChunkSize, rows - start)).CopyTo(result.AsSpan(start));
        }

        return result;
    }
}
