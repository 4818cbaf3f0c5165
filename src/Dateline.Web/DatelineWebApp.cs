using Dateline.Web.Api;
using Dateline.Web.Desk;
using Dateline.Web.Pages;

namespace Dateline.Web;

/// <summary>Builds the desk: JSON API under /api, HTML pages, OpenAPI at /openapi.json, strict security headers.</summary>
public static class DatelineWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Localhost only unless the caller names other addresses (--urls or ASPNETCORE_URLS).
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(WebSettings.DefaultUrls);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Dateline desk API";
            doc.Info.Description = "Read-only JSON over the Dateline store: articles, entities, events, stories, timeline, network, search.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddSingleton<StoreGate>();
        builder.Services.AddSingleton<DeskIndex>();
        builder.Services.AddSingleton<DeskQueries>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Apply);
        app.MapOpenApi("/openapi.json");
        ApiEndpoints.Map(app);
        if (string.Equals(app.Configuration[WebSettings.AllowIngest], "true", StringComparison.OrdinalIgnoreCase))
            IngestEndpoint.Map(app);
        else
            IngestEndpoint.MapRefusal(app);
        PageEndpoints.Map(app);
        return app;
    }
}
