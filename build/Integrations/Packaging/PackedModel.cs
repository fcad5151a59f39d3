using Mlops.Model.Cards;

namespace Mlops.Build.Integrations.Packaging;

/// <summary>The card as packed (stamped with version and gate) and the .nupkg file.</summary>
public sealed record PackedModel(ModelCard Card, string PackagePath);
