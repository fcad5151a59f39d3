using System.Text.Json;
using Mlops.Model.Features;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Trainers;

namespace Mlops.Model.Training.Spec;

/// <summary>Reads <c>spec.json</c>: every problem is a <see cref="SpecException"/> naming the JSON path and what was expected.</summary>
public static class SpecLoader
{
    private static readonly Dictionary<string, FeatureKind> Kinds = new(StringComparer.Ordinal)
    {
        ["numeric"] = FeatureKind.Numeric,
        ["categorical"] = FeatureKind.Categorical,
        ["boolean"] = FeatureKind.Boolean,
    };

    private static readonly Dictionary<string, BadRowPolicy> BadRowPolicies = new(StringComparer.Ordinal)
    {
        ["fail"] = BadRowPolicy.Fail,
        ["skip"] = BadRowPolicy.Skip,
    };

    private static readonly Dictionary<string, ThresholdStrategy> Strategies = new(StringComparer.Ordinal)
    {
        ["fixed"] = ThresholdStrategy.Fixed,
        ["max_f1"] = ThresholdStrategy.MaxF1,
    };

    public static ModelSpec Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SpecException(path, "$", "the spec file does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ModelSpec Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new SpecException(source, $"line {exception.LineNumber + 1}", $"not valid JSON: {exception.Message}");
        }

        using (document)
        {
            var root = new SpecNode(document.RootElement, source, "$");
            var spec = ReadRoot(root) with { SourceText = json, SourceName = source };
            SpecRules.Check(spec, root);

            // The gates are read once here too, so a wrong metric name fails before training rather than at Gate.
            GateSpecReader.Read(spec);
            SpecSchema.Check(document.RootElement, source);
            return spec;
        }
    }

    private static ModelSpec ReadRoot(SpecNode root)
    {
        root.Accept("$schema");
        var columns = root.Array("columns").Select(c => ReadColumn(root.Node(c.Item, c.Path))).ToList();
        if (columns.Count == 0)
        {
            throw root.Error(root.Child("columns"), "is required: a non-empty array of columns");
        }

        var spec = new ModelSpec
        {
            ModelId = root.String("modelId") ?? ModelSpec.DefaultModelId,
            Data = ReadData(root.Object("data")),
            Columns = columns,
            Target = ReadTarget(root.RequiredObject("target")),
            Split = ReadSplit(root.Object("split")),
            Trainer = root.Choice("trainer", TrainerNames.Families) ?? TrainerFamily.LightGbm,
            LightGbm = MlNetSection.Read(root.Object(TrainerNames.LightGbm)),
            FastTree = MlNetSection.Read(root.Object(TrainerNames.FastTree)),
            XGBoost = XGBoostSection.Read(root.Object(TrainerNames.XGBoost)),
            Threshold = ReadThreshold(root.Object("threshold")),
            CategoriesTopK = root.Object("categories") is { } categories ? ReadTopK(categories) : 20,
            Gates = root.Raw("gates"),
            Monitoring = MonitoringSection.Read(root.Object("monitoring")),
        };
        root.RejectUnknownKeys();
        return spec;
    }

    private static DataSourceSpec ReadData(SpecNode? node)
    {
        if (node is null)
        {
            return new DataSourceSpec();
        }

        var delimiter = node.String("delimiter") ?? ",";
        if (delimiter.Length != 1 || delimiter[0] is '"' or '\r' or '\n')
        {
            throw node.Error(node.Child("delimiter"), $"expected one character other than a quote or newline but found \"{delimiter}\"");
        }

        var data = new DataSourceSpec
        {
            Path = node.String("path") ?? DataSourceSpec.DefaultPath,
            Delimiter = delimiter[0],
            BadRows = node.Choice("badRows", BadRowPolicies) ?? BadRowPolicy.Fail,
        };
        node.RejectUnknownKeys();
        return data;
    }

    private static ColumnSpec ReadColumn(SpecNode node)
    {
        var kind = node.Choice("type", Kinds) ?? throw node.Error(node.Child("type"), "is required: \"numeric\", \"categorical\" or \"boolean\"");
        var column = new ColumnSpec(node.RequiredString("name"), kind)
        {
            Required = node.Boolean("required") ?? false,
            Range = node.Object("range") is { } range ? ReadRange(range) : null,
            AllowedValues = ReadAllowed(node),
        };
        node.RejectUnknownKeys();
        return column;
    }

    private static ValueRange ReadRange(SpecNode node)
    {
        var range = new ValueRange(node.Number("min") ?? double.NegativeInfinity, node.Number("max") ?? double.PositiveInfinity);
        node.RejectUnknownKeys();
        return range.Min <= range.Max ? range : throw node.Error(node.Path, $"min {range.Min} is greater than max {range.Max}");
    }

    private static List<string>? ReadAllowed(SpecNode node)
    {
        var items = node.Array("values");
        if (items.Count == 0)
        {
            return null;
        }

        return items.Select(i => i.Item.ValueKind == JsonValueKind.String
                ? i.Item.GetString()!
                : throw node.Error(i.Path, $"expected a string but found {i.Item.ValueKind}"))
            .ToList();
    }

    private static TargetSpec ReadTarget(SpecNode node)
    {
        var target = new TargetSpec(node.RequiredString("column"), node.RequiredString("positiveClass"));
        node.RejectUnknownKeys();
        return target;
    }

    private static SplitSpec ReadSplit(SpecNode? node)
    {
        if (node is null)
        {
            return new SplitSpec();
        }

        var defaults = new SplitSpec();
        var split = new SplitSpec
        {
            TestFraction = node.Number("test") ?? defaults.TestFraction,
            ValidationFraction = node.Number("validation") ?? defaults.ValidationFraction,
            Seed = node.Integer("seed") ?? defaults.Seed,
            Stratified = node.Boolean("stratified") ?? defaults.Stratified,
            Key = node.String("key"),
        };
        node.RejectUnknownKeys();
        return split;
    }

    private static ThresholdSpec ReadThreshold(SpecNode? node)
    {
        if (node is null)
        {
            return ThresholdSpec.MaxF1;
        }

        var strategy = node.Choice("strategy", Strategies) ?? throw node.Error(node.Child("strategy"), "is required: \"fixed\" or \"max_f1\"");
        var value = node.Number("value");
        node.RejectUnknownKeys();
        return strategy switch
        {
            ThresholdStrategy.Fixed when value is > 0 and < 1 => ThresholdSpec.Fixed(value.Value),
            ThresholdStrategy.Fixed => throw node.Error(node.Child("value"), "is required with \"fixed\": a number between 0 and 1 (exclusive)"),
            _ when value is not null => throw node.Error(node.Child("value"), "is only allowed with \"fixed\""),
            _ => ThresholdSpec.MaxF1,
        };
    }

    private static int ReadTopK(SpecNode node)
    {
        var topK = node.Integer("topK") ?? 20;
        node.RejectUnknownKeys();
        return topK >= 1 ? topK : throw node.Error(node.Child("topK"), $"expected an integer of at least 1 but found {topK}");
    }
}
