using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Model.Training.Evaluation;
using Mlops.Model.Training.Pipeline;

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

        context.Log.Information("Model card, metrics, test predictions and report.md in {0}.", context.Model.OutputDirectory);
    }
}
