using Dateline.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests;

/// <summary>The desk in memory over a store, with optional settings (uploads on, a small size limit).</summary>
public sealed class DeskFactory(string store, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    /// <summary>Replaces services (e.g. a fixed event source) after the desk registered its own.</summary>
    public Action<IServiceCollection>? Replace { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(WebSettings.Store, store);
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        if (Replace is not null) builder.ConfigureTestServices(Replace);
    }
}
