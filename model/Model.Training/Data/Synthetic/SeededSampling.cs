namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>Draws from common distributions with a seeded <see cref="Random"/> (its seeded algorithm is stable across .NET versions).</summary>
internal static class SeededSampling
{
    public static double Normal(this Random random, double mean, double sd)
    {
        // Box–Muller; 1 - NextDouble() avoids log(0).
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    public static int Poisson(this Random random, double lambda)
    {
        // Knuth's method: fine for the small rates used here.
        var limit = Math.Exp(-lambda);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static string Pick(this Random random, IReadOnlyList<(string Value, double Weight)> choices)
    {
        var total = 0.0;
        foreach (var choice in choices)
        {
            total += choice.Weight;
        }

        var draw = random.NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            draw -= weight;
            if (draw < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
