using Mlops.Model.Features;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>Fits the preprocessing on the training rows only: each category's top K values by frequency get a slot.</summary>
public static class PreprocessingFitter
{
    public static PreprocessingModel Fit(ColumnTable train, ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(spec);
        var columns = spec.Columns.Select(column => column.ToFeatureColumn()).ToList();
        var encodings = spec.Columns
            .Where(column => column.Kind == FeatureKind.Categorical)
            .Select(column => new CategoryEncoding(column.Name, TopCategories((CategoricalColumn)train[column.Name], spec.CategoriesTopK)))
            .ToList();
        return new PreprocessingModel(columns, encodings);
    }

    private static List<string> TopCategories(CategoricalColumn column, int topK) =>
        column.Values
            .OfType<string>()
            .CountBy(value => value, StringComparer.Ordinal)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(topK)
            .Select(pair => pair.Key)
            .ToList();
}
