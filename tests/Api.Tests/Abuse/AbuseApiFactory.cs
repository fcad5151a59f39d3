using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Abuse;

/// <summary>
/// The API on real Kestrel at a loopback port, with the slow-client limits shortened from Kestrel's defaults
/// (30 s for headers, 5 s of grace for a body) so that a slowloris case is answered in seconds.
/// </summary>
public sealed class AbuseApiFactory : ModelApiFactory
{
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    public AbuseApiFactory()
        : base(TestModel.Directory) => UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.RequestHeadersTimeout = ClientTimeout;
            options.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: ClientTimeout);
        });

    public IPEndPoint EndPoint
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            var address = new Uri(addresses.Addresses.Single());
            return new IPEndPoint(IPAddress.Loopback, address.Port);
        }
    }
}
