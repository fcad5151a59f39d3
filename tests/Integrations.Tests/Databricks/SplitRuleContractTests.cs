using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Spec;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>
/// The build (DataSplit) and the job (split_rule.py, which pandas_training trains on) put exactly the same rows in
/// train, validation and test, so the build's Evaluate and Gate never score the remote model on rows it trained on.
/// </summary>
public sealed class SplitRuleContractTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("split-rule-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [PythonXGBoostFact]
    public void Both_sides_split_the_churn_data_alike_by_its_customer_id()
    {
        var data = ChurnData(rows: 3000);

        AssertSameSplit(RepositoryRoot.File("model", "spec.json"), data, expectedKey: "customer_id");
    }

    [PythonXGBoostFact]
    public void Both_sides_split_the_churn_data_alike_by_row_number_without_a_key()
    {
        var data = ChurnData(rows: 3000);
        var spec = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("model", "spec.json")))!;
        spec["split"]!.AsObject().Remove("key");

        AssertSameSplit(Write("spec-rows.json", spec.ToJsonString()), data, expectedKey: null);
    }

    [PythonXGBoostFact]
    public void Both_sides_split_a_hand_made_table_alike_with_keys_that_look_like_numbers_missing_values_or_quotes()
    {
        string[] keys = ["007", "7", "NA", "a,b", "ünï", "-1", "null", "x y", "\"q\"", "10", "9", "0.5", "N/A"];
        var csv = new StringBuilder("id,x,plan,label\n");
        for (var row = 0; row < keys.Length; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Quote(keys[row])},{row},{(row % 3 == 0 ? string.Empty : "p" + (row % 2))},{(row % 3 == 1 ? "yes" : "no")}\n");
        }

        var data = Write("hand.csv", csv.ToString());
        foreach (var stratified in new[] { true, false })
        {
            foreach (var key in new[] { "\"id\"", "null" })
            {
                var spec = Write($"hand-{stratified}-{key.Length}.json", $$"""
                    {
                      "columns": [ { "name": "x", "type": "numeric" }, { "name": "plan", "type": "categorical" } ],
                      "target": { "column": "label", "positiveClass": "yes" },
                      "split": { "test": 0.25, "validation": 0.25, "seed": 3, "stratified": {{(stratified ? "true" : "false")}}, "key": {{key}} }
                    }
                    """);
                AssertSameSplit(spec, data, expectedKey: key == "null" ? null : "id");
            }
        }
    }

    private static void AssertSameSplit(string specPath, string dataPath, string? expectedKey)
    {
        var spec = SpecLoader.Load(specPath);
        Assert.Equal(expectedKey, spec.Split.Key);
        var managed = DataSplit.Of(CsvTableLoader.Load(dataPath, spec).Table, spec.Split);

        var python = JsonSerializer.Deserialize<Dictionary<string, int[]>>(JobPython.Run("split_rule.py", "--spec", specPath, "--csv", dataPath))!;

        Assert.NotEmpty(managed.Test);
        Assert.Equal(managed.Train, python["train"]);
        Assert.Equal(managed.Validation, python["validation"]);
        Assert.Equal(managed.Test, python["test"]);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private string ChurnData(int rows)
    {
        var path = Path.Combine(_folder, "churn.csv");
        ChurnGenerator.WriteFile(path, new ChurnDataOptions { Rows = rows });
        return path;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
