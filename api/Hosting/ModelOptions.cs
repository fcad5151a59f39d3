namespace Mlops.Api.Hosting;

/// <summary>Where the model version to serve lives (section "Model").</summary>
public sealed class ModelOptions
{
    public const string Section = "Model";

    /// <summary>The folder holding booster.json, preprocessing.json and model-card.json; relative paths start beside the app.</summary>
    public string Path { get; set; } = "model";

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
