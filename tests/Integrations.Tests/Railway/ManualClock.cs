namespace Mlops.Integrations.Tests.Railway;

/// <summary>A clock that moves only when a wait "happens", so polling and retry tests run instantly.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits => _waits;

    public override DateTimeOffset GetUtcNow() => _now;

    public Task Delay(TimeSpan wait, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _waits.Add(wait);
        _now += wait;
        return Task.CompletedTask;
    }
}
