using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Browser;

/// <summary>/history.html in Debian's Chromium, from the API reading a seeded run-history file.</summary>
public sealed class HistoryPage : BrowserPage
{
    public HistoryPage()
        : this(new SeededHistory())
    {
    }

    private HistoryPage(SeededHistory history)
        : base(new KestrelApiFactory(TestModel.Directory, history.Settings), "/history.html") => History = history;

    public SeededHistory History { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        History.Dispose();
    }
}
