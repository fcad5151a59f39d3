using System.Text.Json;
using Mlops.Model.Features;

namespace Mlops.Model.Preprocessing;

/// <summary>preprocessing.json: the fitted preprocessing as it is stored beside the booster.</summary>
public sealed record PreprocessingDocument(
    int SchemaVersion,
    IReadOnlyList<FeatureColumn> Columns,
    IReadOnlyList<PreprocessingDocument.Encoding> Encodings,
    IReadOnlyList<string> FeatureNames)
{
    public const int CurrentSchemaVersion = 1;

    public static PreprocessingDocument From(PreprocessingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new PreprocessingDocument(
            CurrentSchemaVersion,
            model.Columns,
            [.. model.Encodings.Select(e => new Encoding(e.Column, e.Categories))],
            model.FeatureNames);
    }

    public PreprocessingModel ToModel() =>
        new(Columns, [.. Encodings.Select(e => new CategoryEncoding(e.Column, e.Categories))]);

    public string ToJson() => JsonSerializer.Serialize(this, ModelJsonContext.Default.PreprocessingDocument);

    /// <summary>Reads preprocessing.json; a malformed file fails naming the file and what is wrong.</summary>
    public static PreprocessingModel Read(string json, string source)
    {
        PreprocessingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ModelJsonContext.Default.PreprocessingDocument);
        }
        catch (JsonException exception)
        {
            throw new ModelLoadException($"{source} is not a valid preprocessing file: {exception.Message}", exception);
        }

        if (document is null || document.SchemaVersion != CurrentSchemaVersion)
        {
            throw new ModelLoadException(
                $"{source} has schema version {document?.SchemaVersion}; this runtime reads version {CurrentSchemaVersion}.");
        }

        var model = document.ToModel();
        if (!model.FeatureNames.SequenceEqual(document.FeatureNames))
        {
            throw new ModelLoadException($"{source} lists feature names that its columns and encodings do not produce.");
        }

        return model;
    }

    public sealed record Encoding(string Column, IReadOnlyList<string> Categories);
}
