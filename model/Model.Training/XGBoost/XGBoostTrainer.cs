namespace Mlops.Model.Training.XGBoost;

/// <summary>Trains a binary:logistic hist booster with early stopping on the validation split.</summary>
public static class XGBoostTrainer
{
    private const string ValidationName = "validation";

    private const string Metric = "logloss";

    public static XGBoostTrainingResult Train(TrainingMatrix train, TrainingMatrix validation, XGBoostParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validate(train, validation, parameters);

        using var trainMatrix = NativeDMatrix.FromTrainingMatrix(train);
        using var validationMatrix = NativeDMatrix.FromTrainingMatrix(validation);
        using var booster = NativeBooster.Create([trainMatrix, validationMatrix]);
        foreach (var (name, value) in XGBoostParameterMap.ToNative(parameters))
        {
            booster.SetParameter(name, value);
        }

        var stopping = RunRounds(booster, trainMatrix, validationMatrix, parameters);
        using var best = booster.Slice(0, stopping.BestIteration + 1);
        return new XGBoostTrainingResult(
            best.SaveJson(),
            stopping.BestIteration,
            best.BoostedRounds,
            stopping.History,
            best.FeatureImportance());
    }

    private static EarlyStopping RunRounds(
        NativeBooster booster, NativeDMatrix train, NativeDMatrix validation, XGBoostParameters parameters)
    {
        var stopping = new EarlyStopping(parameters.EarlyStoppingRounds);
        for (var round = 0; round < parameters.Rounds; round++)
        {
            booster.UpdateOneIteration(round, train);
            var line = booster.EvaluateOneIteration(round, validation, ValidationName);
            if (stopping.Record(EvaluationLine.ReadMetric(line, ValidationName, Metric)))
            {
                break;
            }
        }

        return stopping;
    }

    private static void Validate(TrainingMatrix train, TrainingMatrix validation, XGBoostParameters parameters)
    {
        train.Validate("train");
        validation.Validate("validation");
        if (train.Columns != validation.Columns)
        {
            throw new ArgumentException(
                $"The train matrix has {train.Columns} columns but the validation matrix has {validation.Columns}.");
        }

        if (parameters.Rounds < 1 || parameters.EarlyStoppingRounds < 1)
        {
            throw new ArgumentException(
                $"Rounds ({parameters.Rounds}) and EarlyStoppingRounds ({parameters.EarlyStoppingRounds}) must be at least 1.");
        }
    }
}
