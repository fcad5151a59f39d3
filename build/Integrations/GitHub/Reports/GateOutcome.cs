using Mlops.Model.Cards;
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

    /// <summary>The gate record the Gate task wrote to gate.json in <paramref name="folder"/>, with its champion deltas.</summary>
    public static GateOutcome Read(string folder)
    {
        var gate = GateArtifacts.Read(folder);
        var deltas = gate.ChampionDeltas ?? [];
        return new(gate, [.. deltas.Select(d => new MetricDifference(d.Metric, d.Challenger, d.Champion, d.Delta, d.Lower, d.Upper))]);
    }
}
