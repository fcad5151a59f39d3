namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// What the registry shows of a packaged model card; each field is null when the card lacks it. This is not a second
/// card type: the card is <see cref="Mlops.Model.Cards.ModelCard"/>. The registry lists every version ever published,
/// whose cards may come from older or newer schemas, so it reads these few fields leniently instead of the whole card.
/// </summary>
public sealed record CardSummary(string? Version, string? Commit, DateTimeOffset? CreatedAt, IReadOnlyDictionary<string, double> Metrics);
