using System.Text.Json;
using Mlops.Model.Cards;

namespace Mlops.Model.Training.Gating;

/// <summary>gate.md and gate.html (with the intervals drawn) for people, and gate.json (the record the package's model card carries) for the Pack task.</summary>
public static class GateArtifacts
{
    public const string Markdown = "gate.md";
    public const string Record = "gate.json";

    public static string Write(string folder, GateDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Directory.CreateDirectory(folder);
        var markdown = Render(decision);
        File.WriteAllText(Path.Combine(folder, Markdown), markdown);
        File.WriteAllText(Path.Combine(folder, GateHtml.File), GateHtml.Render(decision));
        File.WriteAllText(Path.Combine(folder, Record), JsonSerializer.Serialize(decision.ToRecord(), ModelJsonContext.Default.GateRecord));
        return markdown;
    }

    public static GateRecord Read(string folder)
    {
        var path = Path.Combine(folder, Record);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run the Gate task first (a model is packed only with its gate's verdict).", path);
        }

        return JsonSerializer.Deserialize(File.ReadAllText(path), ModelJsonContext.Default.GateRecord)
            ?? throw new InvalidDataException($"{path} is empty.");
    }

    public static string Render(GateDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var status = GateRecords.StatusName(decision.Status);
        var mode = decision.Mode == GateMode.DryRun ? " (dry run: reported, never fails the build)" : string.Empty;
        var reason = decision.OverrideReason is null ? string.Empty : $"\n\nOverridden with --force-gate: {decision.OverrideReason}";
        return $"## Model gate: {status}{mode}{reason}\n\n{decision.Report.ToMarkdown()}";
    }
}
