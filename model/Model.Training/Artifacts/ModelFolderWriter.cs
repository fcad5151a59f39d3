using System.Text;
using System.Text.Json;
using Mlops.Model.Cards;
using Mlops.Model.Preprocessing;

namespace Mlops.Model.Training.Artifacts;

/// <summary>
/// Writes the three files of one model version into a folder, with the card recording the SHA-256 of the
/// booster and the preprocessing exactly as written, so any loader can tell a corrupt copy.
/// </summary>
public static class ModelFolderWriter
{
    /// <summary>Writes the files and returns the card as written (its checksums replaced by the real ones).</summary>
    public static ModelCard Write(string folder, string boosterJson, PreprocessingModel preprocessing, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Directory.CreateDirectory(folder);
        var booster = Encoding.UTF8.GetBytes(boosterJson);
        var preprocessingBytes = Encoding.UTF8.GetBytes(PreprocessingDocument.From(preprocessing).ToJson());
        var written = card with { Checksums = new FileChecksums(Checksums.Sha256(booster), Checksums.Sha256(preprocessingBytes)) };
        File.WriteAllBytes(Path.Combine(folder, ModelFiles.Booster), booster);
        File.WriteAllBytes(Path.Combine(folder, ModelFiles.Preprocessing), preprocessingBytes);
        File.WriteAllText(Path.Combine(folder, ModelFiles.Card), JsonSerializer.Serialize(written, ModelJsonContext.Default.ModelCard));
        return written;
    }
}
