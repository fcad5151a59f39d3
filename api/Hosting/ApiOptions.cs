namespace Mlops.Api.Hosting;

/// <summary>The API's own settings (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The most records one call to /predict/batch may carry; more is answered with 413.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>The largest request body read, in bytes; a bigger one is answered with 413 before it is parsed.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Seconds between the stop signal and the server closing, with /ready answering 503 (0: stop at once).</summary>
    public int ShutdownDrainSeconds { get; set; }
}
