using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Data;

/// <summary>Small specs for tests, written as the JSON a user would write.</summary>
internal static class Specs
{
    public const string ThreeColumns = """
        {
          "data": { "path": "data.csv" },
          "columns": [
            { "name": "age", "type": "numeric", "range": { "min": 0, "max": 120 } },
            { "name": "plan", "type": "categorical" },
            { "name": "active", "type": "boolean" }
          ],
          "target": { "column": "label", "positiveClass": "yes" }
        }
        """;

    public static ModelSpec Parse(string json) => SpecLoader.Parse(json, "test-spec.json");

    public static ModelSpec ThreeColumnSpec(string badRows = "fail") =>
        Parse(ThreeColumns.Replace("\"path\": \"data.csv\"", $"\"path\": \"data.csv\", \"badRows\": \"{badRows}\"", StringComparison.Ordinal));
}
