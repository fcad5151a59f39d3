using System.Globalization;
using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Model.Training.Data.Synthetic;

namespace Mlops.Build.Tasks;

[TaskName(nameof(GenerateBatch))]
[TaskDescription("Writes a new labelled churn batch into data/incoming/ for Monitor, optionally shifted (--shift=tenure_months=0.5)")]
public sealed class GenerateBatch : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seed = context.Argument(ArgumentNames.Seed, Environment.TickCount);
        var name = string.Create(CultureInfo.InvariantCulture, $"batch-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{seed}");
        var options = new ChurnDataOptions
        {
            Rows = context.Argument(ArgumentNames.Rows, 2000),
            Seed = seed,
            CustomerIdPrefix = name + "-",
            Shift = ShiftParser.Parse(
                context.Argument<string?>(ArgumentNames.Shift, null),
                context.Argument(ArgumentNames.LabelShift, 0.0),
                context.Argument(ArgumentNames.MissingShift, 0.0)),
        };
        var path = Path.Combine(context.Paths.IncomingData, name + ".csv");
        Directory.CreateDirectory(context.Paths.IncomingData);
        ChurnGenerator.WriteFile(path, options);
        context.Log.Information("Wrote {0} rows to {1}{2}.", options.Rows, path, options.Shift.IsNone ? string.Empty : " (shifted)");
    }
}
