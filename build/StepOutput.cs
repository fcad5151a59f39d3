namespace Mlops.Build;

/// <summary>A GitHub Actions step output: a name=value line appended to the file GITHUB_OUTPUT names; nothing elsewhere.</summary>
public static class StepOutput
{
    public static void Set(string? outputFile, string name, string value)
    {
        if (string.IsNullOrEmpty(outputFile))
        {
            return;
        }

        if (value.Contains('\n', StringComparison.Ordinal) || name.Contains('=', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A step output is one name=value line; '{name}' cannot be written as one.", nameof(value));
        }

        File.AppendAllText(outputFile, $"{name}={value}{Environment.NewLine}");
    }
}
