namespace Mlops.Bench.Monitor;

/// <summary>
/// Seeds for System.Random that are far apart for adjacent inputs: seeded Random (the legacy subtractive generator)
/// gives correlated streams for seeds 1, 2, 3…, which made consecutive batches overlap more than chance would.
/// SplitMix64's finaliser spreads every input bit over the output.
/// </summary>
internal static class Seeds
{
    public static int Mix(int a, int b)
    {
        var z = unchecked(((ulong)(uint)a << 32) ^ (uint)b) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
