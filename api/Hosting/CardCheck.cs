using System.Globalization;
using Mlops.Model;
using Mlops.Model.Cards;

namespace Mlops.Api.Hosting;

/// <summary>
/// The card's own sanity, checked before serving: a schema version this runtime reads, and the identity (model
/// id and version) that /health, /model and every prediction report. A card failing it stops start-up.
/// </summary>
internal static class CardCheck
{
    public static void Verify(ModelCard card, string directory)
    {
        var file = Path.Combine(directory, ModelFiles.Card);
        if (card.SchemaVersion != ModelCard.CurrentSchemaVersion)
        {
            throw new ModelLoadException(
                $"{file}: field 'schemaVersion' is {card.SchemaVersion.ToString(CultureInfo.InvariantCulture)}; this API reads version {ModelCard.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture)}.");
        }

        RequireText(card.ModelId, "modelId", file);
        RequireText(card.Version, "version", file);
    }

    private static void RequireText(string? value, string field, string file)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ModelLoadException($"{file}: field '{field}' is missing or empty; a served model needs its identity.");
        }
    }
}
