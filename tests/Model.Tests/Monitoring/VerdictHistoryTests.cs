using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Monitoring.History;

namespace Mlops.Model.Tests.Monitoring;

public sealed class VerdictHistoryTests
{
    [Fact]
    public void The_marker_round_trips_and_the_last_marker_in_a_thread_wins()
    {
        var history = VerdictHistory.Empty.Append(true).Append(false).Append(true);

        Assert.Equal("<!-- mlops:history=B,H,B -->", history.Marker);
        var thread = $"issue body\n{VerdictHistory.Empty.Append(true).Marker}\n\ncomment\n{history.Marker}";
        Assert.Equal(history.Breaches, VerdictHistory.Parse(thread).Breaches);
        Assert.Empty(VerdictHistory.Parse("no marker here").Breaches);
    }

    [Fact]
    public void Two_of_three_alerts_on_the_second_breach_within_three_runs_only()
    {
        var rule = new AlertRule(2, 3);

        Assert.False(AlertDecision.Decide(VerdictHistory.Empty.Append(true), rule).Alert);
        Assert.True(AlertDecision.Decide(History("B,H,B"), rule).Alert);
        Assert.False(AlertDecision.Decide(History("B,H,H,B"), rule).Alert);
        Assert.False(AlertDecision.Decide(History("B,B,H"), rule).Alert);
    }

    [Fact]
    public void One_of_one_alerts_on_every_breach()
    {
        Assert.True(AlertDecision.Decide(History("H,H,B"), AlertRule.EveryBreach).Alert);
        Assert.False(AlertDecision.Decide(History("B,B,H"), AlertRule.EveryBreach).Alert);
    }

    [Fact]
    public void Only_the_most_recent_runs_are_kept()
    {
        var history = Enumerable.Range(0, VerdictHistory.Capacity + 10).Aggregate(VerdictHistory.Empty, (h, i) => h.Append(i % 2 == 0));

        Assert.Equal(VerdictHistory.Capacity, history.Breaches.Count);
    }

    private static VerdictHistory History(string runs) => VerdictHistory.Parse($"<!-- mlops:history={runs} -->");
}
