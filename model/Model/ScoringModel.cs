using System.Text;
using System.Text.Json;
using Mlops.Model.Cards;
using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Scoring;

namespace Mlops.Model;

/// <summary>
/// One model version, loaded and verified: its card, its preprocessing and its trees. Scores raw records
/// in-process with managed code only.
/// </summary>
public sealed class ScoringModel
{
    // Vectors up to this many features live on the stack; wider ones are rented.
    private const int StackFeatureLimit = 512;

    private ScoringModel(ModelCard card, PreprocessingModel preprocessing, TreeEnsemble ensemble)
    {
        Card = card;
        Preprocessing = preprocessing;
        Ensemble = ensemble;
    }

    public ModelCard Card { get; }

    public PreprocessingModel Preprocessing { get; }

    public TreeEnsemble Ensemble { get; }

    public IReadOnlyList<FeatureColumn> Columns => Preprocessing.Columns;

    public double Threshold => Card.Threshold.Value;

    /// <summary>Loads the files of one model version from a folder (artifacts/model/, or model/ beside the API).</summary>
    public static ScoringModel LoadDirectory(string directory) =>
        Load(name => ReadIfPresent(Path.Combine(directory, name)), directory);

    /// <summary>Loads a model from any source of its files; <paramref name="read"/> answers null for a missing file.</summary>
    public static ScoringModel Load(Func<string, byte[]?> read, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(read);
        var cardBytes = Require(read, ModelFiles.Card, sourceName);
        var boosterBytes = Require(read, ModelFiles.Booster, sourceName);
        var preprocessingBytes = Require(read, ModelFiles.Preprocessing, sourceName);
        var card = ReadCard(cardBytes, $"{sourceName}/{ModelFiles.Card}");
        Verify(card.Checksums.Booster, boosterBytes, $"{sourceName}/{ModelFiles.Booster}");
        Verify(card.Checksums.Preprocessing, preprocessingBytes, $"{sourceName}/{ModelFiles.Preprocessing}");
        var preprocessing = PreprocessingDocument.Read(Encoding.UTF8.GetString(preprocessingBytes), $"{sourceName}/{ModelFiles.Preprocessing}");
        var ensemble = LoadEnsemble(boosterBytes, $"{sourceName}/{ModelFiles.Booster}");
        if (ensemble.FeatureCount != preprocessing.FeatureCount)
        {
            throw new ModelLoadException(
                $"{sourceName}: the booster expects {ensemble.FeatureCount} features but the preprocessing produces {preprocessing.FeatureCount}.");
        }

        return new ScoringModel(card, preprocessing, ensemble);
    }

    /// <summary>The probability of the positive class for one record given in <see cref="Columns"/> order.</summary>
    public float PredictProbability(ReadOnlySpan<FeatureValue> record)
    {
        var count = Preprocessing.FeatureCount;
        if (count > StackFeatureLimit)
        {
            var rented = System.Buffers.ArrayPool<float>.Shared.Rent(count);
            try
            {
                return Score(record, rented.AsSpan(0, count));
            }
            finally
            {
                System.Buffers.ArrayPool<float>.Shared.Return(rented);
            }
        }

        return Score(record, stackalloc float[count]);
    }

    public Prediction Predict(ReadOnlySpan<FeatureValue> record)
    {
        var probability = PredictProbability(record);
        return new Prediction(probability, probability >= Threshold, Threshold);
    }

    private float Score(ReadOnlySpan<FeatureValue> record, Span<float> features)
    {
        Preprocessing.Transform(record, features);
        return Ensemble.PredictProbability(features);
    }

    private static ModelCard ReadCard(byte[] bytes, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, ModelJsonContext.Default.ModelCard)
                ?? throw new ModelLoadException($"{source} is empty.");
        }
        catch (JsonException exception)
        {
            throw new ModelLoadException($"{source} is not a valid model card: {exception.Message}", exception);
        }
    }

    private static TreeEnsemble LoadEnsemble(byte[] bytes, string source)
    {
        try
        {
            return TreeEnsemble.Load(Encoding.UTF8.GetString(bytes));
        }
        catch (Exception exception) when (exception is not ModelLoadException)
        {
            throw new ModelLoadException($"{source} could not be read as an XGBoost model: {exception.Message}", exception);
        }
    }

    private static void Verify(string expected, byte[] content, string source)
    {
        var actual = Checksums.Sha256(content);
        if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException(
                $"{source} is corrupt: its SHA-256 is {actual}, but the model card records {expected}.");
        }
    }

    private static byte[] Require(Func<string, byte[]?> read, string name, string sourceName) =>
        read(name) ?? throw new ModelLoadException($"{sourceName} has no {name}: a model version needs {string.Join(", ", ModelFiles.All)}.");

    private static byte[]? ReadIfPresent(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;
}

/// <summary>A scored record: the probability, the class at the model's threshold, and that threshold.</summary>
public readonly record struct Prediction(float Probability, bool Label, double Threshold);
