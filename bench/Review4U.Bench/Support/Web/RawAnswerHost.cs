using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Review4U.Bench.Support.Web;

/// <summary>
/// The answer latency baseline: a bare Kestrel endpoint on 127.0.0.1 that reads the posted form and does exactly one
/// INSERT of an answer row by Npgsql, with nothing else (no link check, no antiforgery, no EF Core, no event).
/// </summary>
public sealed class RawAnswerHost : IAsyncDisposable
{
    public const string Table = "public.bench_raw_answers";

    private readonly WebApplication app;
    private readonly NpgsqlDataSource dataSource;

    private RawAnswerHost(WebApplication app, NpgsqlDataSource dataSource, Uri address)
    {
        this.app = app;
        this.dataSource = dataSource;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RawAnswerHost> StartAsync(string connectionString, CancellationToken ct)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand($"CREATE TABLE IF NOT EXISTS {Table} (id uuid PRIMARY KEY, task_id uuid NOT NULL, text text NOT NULL, saved_at timestamptz NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/raw/{taskId:guid}", async (Guid taskId, HttpRequest request, CancellationToken token) =>
        {
            var form = await request.ReadFormAsync(token);
            await using var insert = dataSource.CreateCommand($"INSERT INTO {Table} (id, task_id, text, saved_at) VALUES ($1, $2, $3, now())");
            insert.Parameters.AddWithValue(Guid.CreateVersion7());
            insert.Parameters.AddWithValue(taskId);
            insert.Parameters.AddWithValue(string.Join('\n', form.Where(f => f.Key.StartsWith("q.", StringComparison.Ordinal)).Select(f => f.Value.ToString())));
            await insert.ExecuteNonQueryAsync(token);
            return Results.Redirect($"/raw/{taskId}?saved=submitted");
        });
        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RawAnswerHost(app, dataSource, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await dataSource.DisposeAsync();
    }
}
