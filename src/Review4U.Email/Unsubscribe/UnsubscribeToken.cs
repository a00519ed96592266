using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Review4U.Email.Unsubscribe;

/// <summary>
/// A stateless, signed token naming (body, scope, contact): <c>{body:N}{scope:N}{contact:N}.{HMAC-SHA256}</c>.
/// Stateless so that the same reminder always carries the same link, whatever retries happen.
/// </summary>
public sealed record UnsubscribeToken(Guid BodyId, Guid ScopeId, Guid ContactId)
{
    public string Sign(string secret)
    {
        var payload = Payload();
        return payload + "." + Base64Url(Mac(secret, payload));
    }

    public static bool TryVerify(string? token, string secret, out UnsubscribeToken? result)
    {
        result = null;
        if (string.IsNullOrEmpty(token) || token.Length != 96 + 1 + 43 || token[96] != '.')
        {
            return false;
        }

        var payload = token[..96];
        var expected = Base64Url(Mac(secret, payload));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(token[97..])))
        {
            return false;
        }

        if (!Guid.TryParseExact(payload[..32], "N", out var body) || !Guid.TryParseExact(payload[32..64], "N", out var scope)
            || !Guid.TryParseExact(payload[64..], "N", out var contact))
        {
            return false;
        }

        result = new UnsubscribeToken(body, scope, contact);
        return true;
    }

    private string Payload() =>
        string.Create(CultureInfo.InvariantCulture, $"{BodyId:N}{ScopeId:N}{ContactId:N}");

    private static byte[] Mac(string secret, string payload)
    {
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException("Email:UnsubscribeSecret is not configured; one-click unsubscribe links need it.");
        }

        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(payload));
    }

    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
