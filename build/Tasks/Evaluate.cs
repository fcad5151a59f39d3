using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Reporting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Evaluate))]
[TaskDescription("Scores the held-out test split; writes metrics with bootstrap intervals, the model card and report.md")]
[IsDependentOn(typeof(Train))]
[IsDependentOn(typeof(TrainRemote))]
public sealed class Evaluate : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var card = context.Model.Evaluate(new ModelIdentity(context.Version.SemVer, context.Version.Commit));
        context.History.RecordEvaluation(card);
        foreach (var metric in MetricNames.All)
        {
            var estimate = card.Metrics[metric];
            context.Log.Information("{0,-10} {1:0.0000}  [{2:0.0000}, {3:0.0000}]", metric, estimate.Value, estimate.Lower, estimate.Upper);
        }

        context.Log.Information("Model card, metrics, test predictions, report.md and report.html in {0}.", context.Model.OutputDirectory);
        context.AppendJobSummary($"**Model report** with ROC, precision–recall, calibration and score histograms: `artifacts/model/{ModelReports.Html}`{(context.Ci.RunUrl is { } run ? $" in the [run's artifacts]({run})" : string.Empty)}.");
    }
}
