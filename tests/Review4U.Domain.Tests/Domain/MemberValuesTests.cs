using Review4U.Domain.Members;

namespace Review4U.Domain.Tests.Domain;

public sealed class MemberValuesTests
{
    [Theory]
    [InlineData("Kenya Youth Action Network", "KE", "ke-kenya-youth-action-network")]
    [InlineData("  Réseau  Ivoirien des Droits de l'Homme ", "CI", "ci-reseau-ivoirien-des-droits-de-l-homme")]
    [InlineData("جمعية الأمل", "MA", "ma-h")]
    public void Derive_FoldsNameAndCountryIntoAStableKey(string name, string country, string expectedPrefix)
    {
        var key = OrganisationKey.Derive(name, country);

        Assert.StartsWith(expectedPrefix, key, StringComparison.Ordinal);
        Assert.True(OrganisationKey.IsValid(key));
        Assert.Equal(key, OrganisationKey.Derive(name.Trim(), country));
    }

    [Theory]
    [InlineData("ana@example.org", true)]
    [InlineData("a.b+c@sub.example.co.ke", true)]
    [InlineData("ana@", false)]
    [InlineData("ana@localhost", false)]
    [InlineData("Ana <ana@example.org>", false)]
    [InlineData(" ana@example.org", false)]
    [InlineData("", false)]
    public void IsValid_AcceptsOnlyAPlainMailbox(string value, bool expected) =>
        Assert.Equal(expected, EmailAddresses.IsValid(value));

    [Fact]
    public void UpsertContact_UpdatesTheSamePerson_WhenTheEmailDiffersOnlyInCase()
    {
        var org = Samples.Organisation("Haki Youth Trust", "KE", null, ("Amina Otieno", "amina@haki.example.org", Gender.Female));

        var (_, created, changed) = org.UpsertContact(new ContactDetails("Amina A. Otieno", "Amina@Haki.example.org", "fr", Gender.Female), 1);

        Assert.False(created);
        Assert.True(changed);
        Assert.Equal("Amina A. Otieno", Assert.Single(org.Contacts).Name);
    }
}
