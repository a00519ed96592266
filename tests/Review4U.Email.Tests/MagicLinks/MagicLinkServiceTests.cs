using Npgsql;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.MagicLinks;

public sealed class MagicLinkServiceTests : IAsyncLifetime
{
    private readonly MagicLinkScope _scope = new(EmailHarness.BodyId, Guid.NewGuid(), Guid.NewGuid());
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_ReturnsTheScope_WhenTheTokenIsValid()
    {
        var token = await IssueAsync(_h.Time.GetUtcNow().AddDays(3));

        var resolution = await _h.Get<IMagicLinkService>().ResolveAsync(token, CancellationToken.None);

        Assert.Equal(MagicLinkStatus.Valid, resolution.Status);
        Assert.Equal(_scope, resolution.Scope);
        Assert.Equal(43, token.Length);
    }

    [Fact]
    public async Task ResolveAsync_ReturnsExpiredWithTheScope_WhenTheExpiryHasPassed()
    {
        var token = await IssueAsync(_h.Time.GetUtcNow().AddDays(3));
        _h.Time.Advance(TimeSpan.FromDays(3));

        var resolution = await _h.Get<IMagicLinkService>().ResolveAsync(token, CancellationToken.None);

        Assert.Equal(MagicLinkStatus.Expired, resolution.Status);
        Assert.True(resolution.CanRenewForScope);
        Assert.Equal(_scope, resolution.Scope);
    }

    [Fact]
    public async Task ResolveAsync_SeesALinkIssuedEarlierInTheSameTransaction_WhenGivenTheTransaction()
    {
        await using var connection = new NpgsqlConnection(_h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var links = _h.Get<IMagicLinkService>();
        var token = await links.IssueAsync(transaction, _scope, _h.Time.GetUtcNow().AddDays(3), CancellationToken.None);

        var inside = await links.ResolveAsync(transaction, token, CancellationToken.None);
        var malformed = await links.ResolveAsync(transaction, "short", CancellationToken.None);
        await transaction.RollbackAsync();
        var afterRollback = await links.ResolveAsync(token, CancellationToken.None);

        Assert.Equal((MagicLinkStatus.Valid, _scope), (inside.Status, inside.Scope));
        Assert.Equal(MagicLinkStatus.Unknown, malformed.Status);
        Assert.Equal(MagicLinkStatus.Unknown, afterRollback.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'")]
    public async Task ResolveAsync_ReturnsUnknown_WhenTheTokenWasNeverIssued(string? token)
    {
        await IssueAsync(_h.Time.GetUtcNow().AddDays(3));

        var resolution = await _h.Get<IMagicLinkService>().ResolveAsync(token, CancellationToken.None);

        Assert.Equal(MagicLinkStatus.Unknown, resolution.Status);
        Assert.Null(resolution.Scope);
    }

    [Fact]
    public async Task ResolveForTaskAsync_ReturnsWrongScope_WhenTheTokenOpensAnotherTask()
    {
        var token = await IssueAsync(_h.Time.GetUtcNow().AddDays(3));

        var other = await _h.Get<IMagicLinkService>().ResolveForTaskAsync(token, _scope.BodyId, Guid.NewGuid(), CancellationToken.None);
        var own = await _h.Get<IMagicLinkService>().ResolveForTaskAsync(token, _scope.BodyId, _scope.TaskId, CancellationToken.None);

        Assert.Equal(MagicLinkStatus.WrongScope, other.Status);
        Assert.Equal(MagicLinkStatus.Valid, own.Status);
    }

    [Fact]
    public async Task IssueAsync_StoresOnlyTheHash()
    {
        var token = await IssueAsync(_h.Time.GetUtcNow().AddDays(3));

        await using var context = _h.Context();
        var row = Assert.Single(context.MagicLinks);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)), row.TokenHash);
    }

    [Fact]
    public void DefaultExpiry_IsTheDeadlinePlusTheGrace()
    {
        var deadline = new DateTimeOffset(2026, 12, 15, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(deadline.AddDays(10), _h.Get<IMagicLinkService>().DefaultExpiry(deadline));
    }

    [Fact]
    public async Task RequestFreshLinkAsync_SendsOneRenewalPerWindow_WithAWorkingLink()
    {
        var expired = await IssueAsync(_h.Time.GetUtcNow().AddDays(1));
        _h.Time.Advance(TimeSpan.FromDays(2));
        var scope = (await _h.Get<IMagicLinkService>().ResolveAsync(expired, CancellationToken.None)).Scope!;
        var renewal = new MagicLinkRenewal
        {
            Scope = scope, To = "amina@haki.example", RecipientName = "Amina Njoroge", PreferredLanguage = "es",
            Body = SampleModels.Kenya, RoundTitle = "Cluster II review", RoundId = Guid.NewGuid(),
            TaskUrl = t => new Uri($"https://review4u.test/t/{t}"), ExpiresAt = _h.Time.GetUtcNow().AddDays(7),
        };

        var first = await _h.Get<IMagicLinkService>().RequestFreshLinkAsync(renewal, CancellationToken.None);
        var second = await _h.Get<IMagicLinkService>().RequestFreshLinkAsync(renewal, CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromMinutes(15));
        var later = await _h.Get<IMagicLinkService>().RequestFreshLinkAsync(renewal, CancellationToken.None);
        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal([RenewalResult.Queued, RenewalResult.RateLimited, RenewalResult.Queued], [first, second, later]);
        await using var context = _h.Context();
        Assert.Equal(3, context.MagicLinks.Count());
        var email = _h.Smtp.Received[0].Message;
        Assert.Equal("Su nuevo enlace para «Cluster II review»", email.Subject);
        var fresh = System.Text.RegularExpressions.Regex.Match(email.TextBody ?? "", @"https://review4u\.test/t/([\w-]{43})").Groups[1].Value;
        var resolution = await _h.Get<IMagicLinkService>().ResolveAsync(fresh, CancellationToken.None);
        Assert.Equal(MagicLinkStatus.Valid, resolution.Status);
        Assert.Equal(scope, resolution.Scope);
        Assert.All(await _h.OutboxAsync(), r => Assert.Equal(EmailCategories.MagicLinkRenewal, r.Category));
    }

    [Fact]
    public async Task IssueManyAsync_ReturnsTokensInOrderThatResolveToTheirScopes_WhenCommitted()
    {
        var expiresAt = _h.Time.GetUtcNow().AddDays(3);
        var scopes = Enumerable.Range(0, 5).Select(_ => new MagicLinkScope(EmailHarness.BodyId, Guid.NewGuid(), Guid.NewGuid())).ToList();

        var tokens = await IssueManyAsync(scopes.Select((s, i) => (s, expiresAt.AddHours(i))).ToList(), commit: true);

        Assert.Equal(scopes.Count, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        for (var i = 0; i < scopes.Count; i++)
        {
            var resolution = await _h.Get<IMagicLinkService>().ResolveAsync(tokens[i], CancellationToken.None);
            Assert.Equal(MagicLinkStatus.Valid, resolution.Status);
            Assert.Equal(scopes[i], resolution.Scope);
            Assert.Equal(expiresAt.AddHours(i), resolution.ExpiresAt);
        }
    }

    [Fact]
    public async Task IssueManyAsync_StoresOnlyTheHashes()
    {
        var tokens = await IssueManyAsync([(_scope, _h.Time.GetUtcNow().AddDays(3)), (_scope with { ContactId = Guid.NewGuid() }, _h.Time.GetUtcNow().AddDays(3))], commit: true);

        await using var context = _h.Context();
        var stored = context.MagicLinks.Select(r => r.TokenHash).ToList();
        var expected = tokens.Select(t => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(t))).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(expected, hash => Assert.Contains(stored, s => s.SequenceEqual(hash)));
        Assert.All(context.MagicLinks.ToList(), r => Assert.Equal(_h.Time.GetUtcNow(), r.CreatedAt));
    }

    [Fact]
    public async Task IssueManyAsync_LeavesNothing_WhenTheTransactionRollsBack()
    {
        var tokens = await IssueManyAsync([(_scope, _h.Time.GetUtcNow().AddDays(3))], commit: false);

        var resolution = await _h.Get<IMagicLinkService>().ResolveAsync(tokens[0], CancellationToken.None);
        Assert.Equal(MagicLinkStatus.Unknown, resolution.Status);
        await using var context = _h.Context();
        Assert.Empty(context.MagicLinks);
    }

    [Fact]
    public async Task IssueManyAsync_WritesNothingAndKeepsTheTransactionUsable_WhenTheListIsEmpty()
    {
        await using var connection = new NpgsqlConnection(_h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var none = await _h.Get<IMagicLinkService>().IssueManyAsync(transaction, [], CancellationToken.None);
        var single = await _h.Get<IMagicLinkService>().IssueAsync(transaction, _scope, _h.Time.GetUtcNow().AddDays(3), CancellationToken.None);
        await transaction.CommitAsync();

        Assert.Empty(none);
        await using var context = _h.Context();
        Assert.Single(context.MagicLinks);
        Assert.Equal(MagicLinkStatus.Valid, (await _h.Get<IMagicLinkService>().ResolveAsync(single, CancellationToken.None)).Status);
    }

    private async Task<IReadOnlyList<string>> IssueManyAsync(IReadOnlyList<(MagicLinkScope Scope, DateTimeOffset ExpiresAt)> links, bool commit)
    {
        await using var connection = new NpgsqlConnection(_h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var tokens = await _h.Get<IMagicLinkService>().IssueManyAsync(transaction, links, CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return tokens;
    }

    private async Task<string> IssueAsync(DateTimeOffset expiresAt)
    {
        await using var connection = new NpgsqlConnection(_h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var token = await _h.Get<IMagicLinkService>().IssueAsync(transaction, _scope, expiresAt, CancellationToken.None);
        await transaction.CommitAsync();
        return token;
    }
}
