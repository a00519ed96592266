using System.Net.Mail;

namespace Review4U.Domain.Members;

/// <summary>What we accept as a contact's address: one mailbox, local part and a dotted domain, no display name.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim() != value || value.Length > 254)
        {
            return false;
        }

        if (!MailAddress.TryCreate(value, out var parsed) || !string.Equals(parsed.Address, value, StringComparison.Ordinal))
        {
            return false;
        }

        var domain = parsed.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    /// <summary>Addresses are matched case-insensitively; we store them lower-cased.</summary>
    public static string Normalise(string value) => value.Trim().ToLowerInvariant();
}
