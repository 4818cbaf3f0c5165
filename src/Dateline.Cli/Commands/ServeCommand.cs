using System.CommandLine;
using Dateline.Storage;
using Dateline.Storage.Postgres;
using Dateline.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline serve [--db FILE | --store VALUE] [--urls URL] [--allow-ingest]`: the web desk and JSON API, on
/// http://127.0.0.1:5000 (this machine only) unless --urls names other addresses; read-only unless --allow-ingest.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(ConsoleIo io)
    {
        var db = new Option<string>("--db") { Description = "The SQLite store file.", DefaultValueFactory = _ => StoreOptions.DefaultDb };
        var store = new Option<string?>("--store") { Description = "A PostgreSQL connection string or an SQLite file path. Overrides --db." };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, separated by ';'.", DefaultValueFactory = _ => WebSettings.DefaultUrls };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Enable POST /api/ingest (multipart upload, same formats as 'dateline ingest')." };
        var maxUpload = new Option<long>("--max-upload") { Description = "The largest upload POST /api/ingest accepts, in bytes.", DefaultValueFactory = _ => WebSettings.DefaultMaxUploadBytes };
        var command = new Command("serve", "The web desk and JSON API over the store (read-only by default).") { db, store, urls, allowIngest, maxUpload };
        command.SetAction(parse =>
        {
            string value = parse.GetValue(store) ?? parse.GetValue(db)!;
            if (!PostgresArticleStore.LooksLikeConnectionString(value) && !File.Exists(value))
            {
                io.Error.WriteLine($"dateline serve: no store at '{value}' (run 'dateline ingest PATH --db {value}' first)");
                return Program.ExitFailure;
            }
            if (parse.GetValue(maxUpload) < 1)
            {
                io.Error.WriteLine("dateline serve: --max-upload must be at least 1");
                return Program.ExitUsage;
            }
            // Open the store once before listening: a corrupt or foreign file is refused here with its reason,
            // as every other command does, rather than served as a desk answering 500 to every request.
            try
            {
                ArticleStores.Open(value).Dispose();
            }
            catch (StoreException e)
            {
                io.Error.WriteLine($"dateline serve: {e.Message}");
                return Program.ExitFailure;
            }
            var app = DatelineWebApp.Build([
                $"--urls={parse.GetValue(urls)}",
                $"--{WebSettings.Store}={value}",
                $"--{WebSettings.AllowIngest}={(parse.GetValue(allowIngest) ? "true" : "false")}",
                $"--{WebSettings.MaxUploadBytes}={parse.GetValue(maxUpload)}",
            ]);
            // Build the desk's index (entities, events, stories) while the first page is being asked for.
            _ = Task.Run(() => app.Services.GetRequiredService<Dateline.Web.Desk.DeskIndex>().Current);
            io.Error.WriteLine($"dateline serve: {parse.GetValue(urls)} ({(parse.GetValue(allowIngest) ? "uploads allowed" : "read-only")}); Ctrl+C stops");
            try
            {
                app.Run();
            }
            catch (FormatException e)
            {
                io.Error.WriteLine($"dateline serve: --urls '{parse.GetValue(urls)}': {e.Message} (e.g. http://127.0.0.1:5000)");
                return Program.ExitUsage;
            }
            catch (IOException e)
            {
                // Most often the port is taken by another server.
                io.Error.WriteLine($"dateline serve: cannot listen on {parse.GetValue(urls)}: {e.Message}");
                return Program.ExitFailure;
            }
            return Program.ExitOk;
        });
        return command;
    }
}
