using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Mlops.Api.Tests.Abuse;

// A bounded mixed load against an API on 127.0.0.1: fast workers alternate a valid record with the next case of
// the malformed-request corpus, slow workers run its slowloris cases; prints the count of each status.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Mlops.Bench.ApiAbuse <port> <seconds> <workers> <record.json>");
    return 2;
}

var server = new IPEndPoint(IPAddress.Loopback, int.Parse(args[0], CultureInfo.InvariantCulture));
var duration = TimeSpan.FromSeconds(int.Parse(args[1], CultureInfo.InvariantCulture));
var workers = int.Parse(args[2], CultureInfo.InvariantCulture);
var valid = MalformedRequests.Valid(File.ReadAllText(args[3]));
var fast = MalformedRequests.All.Where(c => !c.IsSlow).SelectMany(c => new[] { valid, c }).ToArray();
var slow = MalformedRequests.All.Where(c => c.IsSlow).ToArray();
var counts = new ConcurrentDictionary<int, int>();
using var stop = new CancellationTokenSource(duration);

async Task RunAsync(RawCase[] cases, int offset)
{
    for (var i = offset; !stop.IsCancellationRequested; i++)
    {
        try
        {
            var response = await RawHttp.SendAsync(server, cases[i % cases.Length], TimeSpan.FromSeconds(40), stop.Token);

            // A request cut short by the end of the run is not the server's answer.
            if (!stop.IsCancellationRequested)
            {
                counts.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
}

var tasks = Enumerable.Range(0, workers).Select(w => RunAsync(fast, w * 17))
    .Concat(slow.Select((_, w) => RunAsync(slow, w)));
await Task.WhenAll(tasks);

Console.WriteLine($"{"status",-8} {"answers",10}");
foreach (var (status, count) in counts.OrderBy(c => c.Key))
{
    Console.WriteLine($"{(status == 0 ? "none" : status.ToString(CultureInfo.InvariantCulture)),-8} {count,10}");
}

var total = counts.Values.Sum();
var errors = counts.Where(c => c.Key >= 500).Sum(c => c.Value);
Console.WriteLine($"total {total}, 5xx {errors}, no answer {counts.GetValueOrDefault(0)}");
return 0;
