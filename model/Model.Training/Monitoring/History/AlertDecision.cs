namespace Mlops.Model.Training.Monitoring.History;

/// <summary>Whether this run's breach raises an alert under the spec's N-of-M rule, counting this run.</summary>
public sealed record AlertDecision(bool Alert, int Breaches, AlertRule Rule)
{
    public static AlertDecision Decide(VerdictHistory withThisRun, AlertRule rule)
    {
        ArgumentNullException.ThrowIfNull(withThisRun);
        ArgumentNullException.ThrowIfNull(rule);
        var breaches = withThisRun.BreachesInLast(rule.Runs);
        var lastBreached = withThisRun.Breaches.Count > 0 && withThisRun.Breaches[^1];
        return new AlertDecision(lastBreached && breaches >= rule.Breaches, breaches, rule);
    }

    public override string ToString() => $"{Breaches} breach(es) in the last {Rule.Runs} runs; the spec alerts at {Rule}";
}

/// <summary>Whether this healthy run closes the open issue under the spec's close rule, counting this run.</summary>
public sealed record CloseDecision(bool Close, int Healthy, CloseRule Rule)
{
    public static CloseDecision Decide(VerdictHistory withThisRun, CloseRule rule)
    {
        ArgumentNullException.ThrowIfNull(withThisRun);
        ArgumentNullException.ThrowIfNull(rule);
        var healthy = withThisRun.Breaches.TakeLast(rule.Runs).Count(b => !b);
        var lastHealthy = withThisRun.Breaches.Count > 0 && !withThisRun.Breaches[^1];
        return new CloseDecision(lastHealthy && healthy >= rule.Healthy, healthy, rule);
    }

    public override string ToString() => $"{Healthy} healthy run(s) in the last {Rule.Runs}; the spec closes at {Rule}";
}
