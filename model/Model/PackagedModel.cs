namespace Mlops.Model;

/// <summary>The model packed into this assembly: the entry point for a consumer of the model's NuGet package.</summary>
public static class PackagedModel
{
    private const string ResourcePrefix = "model/";

    private static readonly Lazy<ScoringModel> Loaded = new(LoadEmbedded);

    /// <summary>Loads (once) and verifies the packed model; throws <see cref="ModelLoadException"/> when none is packed.</summary>
    public static ScoringModel Load() => Loaded.Value;

    private static ScoringModel LoadEmbedded()
    {
        var assembly = typeof(PackagedModel).Assembly;
        if (assembly.GetManifestResourceInfo(ResourcePrefix + ModelFiles.Card) is null)
        {
            throw new ModelLoadException(
                $"{assembly.GetName().Name} carries no model: the model is embedded when the Pack task packs a trained model.");
        }

        return ScoringModel.Load(name => ReadResource(assembly, ResourcePrefix + name), $"{assembly.GetName().Name} (embedded)");
    }

    private static byte[]? ReadResource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
