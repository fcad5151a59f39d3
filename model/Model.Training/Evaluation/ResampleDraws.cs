namespace Mlops.Model.Training.Evaluation;

/// <summary>
/// Seeded bootstrap resamples expressed as counts: how many times each row was drawn (n draws with replacement).
/// Counts keep the rows' sort order valid, so a resample needs no copy and no re-sort.
/// </summary>
internal sealed class ResampleDraws(int rows, int seed)
{
    // System.Random with an explicit seed uses a fixed algorithm, so the same seed gives the same draws on every run.
    private readonly Random _random = new(seed);
    private readonly int[] _timesDrawn = new int[rows];

    /// <summary>The next resample. The array is reused: read it before asking for the next one.</summary>
    public int[] Next()
    {
        Array.Clear(_timesDrawn);
        for (var draw = 0; draw < _timesDrawn.Length; draw++)
        {
            _timesDrawn[_random.Next(_timesDrawn.Length)]++;
        }

        return _timesDrawn;
    }
}
