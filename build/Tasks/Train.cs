using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Train))]
[TaskDescription("Splits the data, fits the preprocessing and trains the spec's trainer family (ML.NET LightGbm or FastTree, or XGBoost); skipped when data, spec and code are unchanged, or with --training=remote")]
[IsDependentOn(typeof(Data))]
public sealed class Train : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TrainsRemotely)
        {
            return true;
        }

        context.Log.Information("Skipped: --{0}={1}, so TrainRemote trains the model on Databricks.", ArgumentNames.Training, TrainingChoice.Remote);
        return false;
    }

    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (run, skipped) = context.Model.Train();
        if (skipped)
        {
            context.Log.Information("Training skipped: fingerprint {0} (data file, spec and training code) matches the last run's artifacts.", run.Fingerprint);
            return;
        }

        context.Log.Information(
            "Trained {0} trees (best iteration {1}), threshold {2:0.####} ({3}); {4} train / {5} validation / {6} test rows.",
            run.TreeCount,
            run.BestIteration,
            run.Threshold,
            run.ThresholdStrategy,
            run.TrainRows,
            run.ValidationRows,
            run.TestRows);
    }
}
