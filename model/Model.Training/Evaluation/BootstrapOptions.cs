namespace Mlops.Model.Training.Evaluation;

/// <summary>How to bootstrap: the caller's seed makes the intervals reproducible run to run.</summary>
public sealed record BootstrapOptions
{
    public BootstrapOptions(int seed, int resamples = 1000, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 2, nameof(resamples));
        if (!(confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1, e.g. 0.95.");
        }

        Seed = seed;
        Resamples = resamples;
        Confidence = confidence;
    }

    public int Seed { get; }

    public int Resamples { get; }

    public double Confidence { get; }
}
