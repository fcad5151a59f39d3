using System.Diagnostics;
using Mlops.Api.Tests.Fixtures;
using Mlops.Model;

namespace Mlops.Api.Tests.Startup;

/// <summary>The real process: without a usable model it logs why and exits non-zero instead of serving.</summary>
public sealed class ProcessExitTests
{
    [Fact]
    public async Task Without_a_model_the_process_logs_the_reason_and_exits_with_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mlops-api-missing-{Guid.NewGuid():N}");

        var (exitCode, output) = await RunApiAsync(missing);

        Assert.Equal(1, exitCode);
        Assert.Contains("The API cannot start: the model could not be loaded.", output, StringComparison.Ordinal);
        Assert.Contains(ModelFiles.Card, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_preprocessing_file_is_named_in_the_log()
    {
        var directory = TestModel.CopyTo(Path.Combine(Path.GetTempPath(), $"mlops-api-corrupt-{Guid.NewGuid():N}"));
        File.AppendAllText(Path.Combine(directory, ModelFiles.Preprocessing), "\n");
        try
        {
            var (exitCode, output) = await RunApiAsync(directory);

            Assert.Equal(1, exitCode);
            Assert.Contains($"{ModelFiles.Preprocessing} is corrupt", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunApiAsync(string modelPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Mlops.Api.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Model__Path"] = modelPath, ["Logging__Console__FormatterName"] = "simple" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
