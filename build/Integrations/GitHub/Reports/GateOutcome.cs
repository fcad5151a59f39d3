using System.Text.Json;
using Mlops.Model.Cards;
using Mlops.Model.ModelCards;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Gating;

namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>What the Gate task decided (gate.json): the gate record and the challenger-minus-champion deltas.</summary>
public sealed record GateOutcome(GateRecord Gate, IReadOnlyList<MetricDifference> Deltas)
{
    // The name GateRecords gives GateMode.DryRun in the record.
    private const string DryRunMode = "dry_run";

    /// <summary>The record's status as the gate's own enum; an unknown name is an error, never a silent pass.</summary>
    public GateStatus Status
    {
        get
        {
            var statuses = Enum.GetValues<GateStatus>();
            foreach (var status in statuses.Where(status => GateRecords.StatusName(status) == Gate.Status))
            {
                return status;
            }

            throw new InvalidDataException(
                $"The gate result has the status '{Gate.Status}'; expected one of {string.Join(", ", statuses.Select(GateRecords.StatusName))}.");
        }
    }

    public bool IsDryRun => Gate.Mode == DryRunMode;

    public IReadOnlyList<GateRecordCheck> Failures => [.. Gate.Checks.Where(check => !check.Passed)];

    /// <summary>Reads gate.json; a missing or malformed file is an error naming the file and what to run.</summary>
    public static GateOutcome Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No gate result at {path}: run --target=Gate first.", path);
        }

        try
        {
            var file = ModelJson.Read<GateFile>(path);
            var gate = new GateRecord(
                file.Status ?? throw new JsonException("it has no \"status\""),
                file.Mode ?? "enabled",
                file.ChampionVersion,
                file.OverrideReason,
                file.Checks ?? []);
            return new GateOutcome(gate, file.Deltas ?? []);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a gate result: {exception.Message}", exception);
        }
    }

    private sealed record GateFile(
        string? Status,
        string? Mode,
        string? ChampionVersion,
        string? OverrideReason,
        IReadOnlyList<GateRecordCheck>? Checks,
        IReadOnlyList<MetricDifference>? Deltas);
}
