using Microsoft.Extensions.DependencyInjection;

namespace Review4U.Email.Inbound;

/// <summary>
/// Picks the handler of a reply by the category of the email it answers: each module owns the replies to its own
/// emails (rounds: task invitations; meetings: agenda calls; …), and the default <see cref="IReplyHandler"/> takes the rest.
/// </summary>
public sealed class ReplyHandlers
{
    private readonly IReplyHandler fallback;
    private readonly Dictionary<string, IReplyHandler> byCategory = new(StringComparer.Ordinal);

    public ReplyHandlers(IServiceProvider services, IEnumerable<ReplyRoute> routes, IReplyHandler fallback)
    {
        ArgumentNullException.ThrowIfNull(routes);
        this.fallback = fallback;
        foreach (var route in routes)
        {
            if (!byCategory.TryAdd(route.Category, (IReplyHandler)services.GetRequiredService(route.HandlerType)))
            {
                throw new InvalidOperationException($"Two reply handlers claim the email category '{route.Category}'.");
            }
        }
    }

    public IReplyHandler For(string category) => byCategory.GetValueOrDefault(category, fallback);
}
