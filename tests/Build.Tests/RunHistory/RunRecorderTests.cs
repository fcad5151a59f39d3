using Mlops.Build.RunHistory;
using Mlops.Model.History;
using Mlops.Model.History.Queries;
using Mlops.Model.History.Records;

namespace Mlops.Build.Tests.RunHistory;

public sealed class RunRecorderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("mlops-recorder-").FullName;

    private HistoryLocation Location => HistoryLocation.Sqlite(Path.Combine(folder, "history.db"));

    [Fact]
    public void A_run_without_facts_leaves_no_trace_not_even_the_file()
    {
        using (var recorder = NewRecorder())
        {
            recorder.Step(Step("Restore", StepOutcome.Succeeded));
            recorder.Step(Step("Test", StepOutcome.Succeeded));
            recorder.Finish(succeeded: true);
            Assert.Null(recorder.RunId);
        }

        Assert.False(File.Exists(Path.Combine(folder, "history.db")));
    }

    [Fact]
    public void Steps_timed_before_the_first_fact_are_written_with_the_run_in_their_order()
    {
        using (var recorder = NewRecorder())
        {
            recorder.Step(Step("Restore", StepOutcome.Succeeded));
            recorder.Step(Step("Data", StepOutcome.Succeeded));
            recorder.RecordEvaluation(Cards.WithRocAuc(0.8));
            recorder.Step(Step("Evaluate", StepOutcome.Succeeded));
            recorder.Finish(succeeded: true);
        }

        var run = Assert.Single(Read().Runs);
        Assert.Equal(["Restore", "Data", "Evaluate"], run.Steps.Select(s => s.Step));
        Assert.Equal(("Release", "succeeded", "1.2.3"), (run.Target, run.Outcome, run.Version));
        Assert.Equal(0.8, Assert.Single(Read().Versions).Metrics.Single(m => m.Metric == "roc_auc").Value);
    }

    [Fact]
    public void A_failed_step_records_the_run_even_before_any_fact()
    {
        using (var recorder = NewRecorder())
        {
            recorder.Step(Step("Data", StepOutcome.Failed));
            recorder.Finish(succeeded: false);
        }

        var run = Assert.Single(Read().Runs);
        Assert.Equal("failed", run.Outcome);
        Assert.Equal(StepOutcome.Failed, Assert.Single(run.Steps).Outcome);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private RunRecorder NewRecorder() => new(Location, () => new RunStart(Guid.NewGuid().ToString("N"), "churn", "Release", "1.2.3", "abc", null, Start));

    private static StepTiming Step(string name, StepOutcome outcome) => new(name, Start, TimeSpan.FromSeconds(1), outcome);

    private ModelHistory Read()
    {
        using var reader = HistoryReader.Open(Location);
        return reader.Read("churn");
    }
}
