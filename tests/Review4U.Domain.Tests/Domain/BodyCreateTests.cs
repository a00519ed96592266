using Review4U.Domain.Bodies;

namespace Review4U.Domain.Tests.Domain;

public sealed class BodyCreateTests
{
    private static BodyProfile Valid() => new(
        "NACSA-KE", "Kenya Alliance", BodyKind.NationalAlliance, "KE", null, [], "Africa/Nairobi", ["en", "fr"], "en",
        Establishment.VpiContext, new DateOnly(2023, 6, 1));

    [Fact]
    public void Create_SetsTheAlliancesCountryAsItsOnlyCountry()
    {
        var body = Body.Create(Valid());

        Assert.Equal(["KE"], body.MemberCountries);
        Assert.Null(body.Region);
    }

    [Theory]
    [InlineData("code", "nacsa-ke", "\"nacsa-ke\" is not a body code (upper-case letters and digits in dash-separated parts, e.g. NACSA-KE).")]
    [InlineData("country", "XX", "\"XX\" is not an ISO 3166-1 alpha-2 country code.")]
    [InlineData("zone", "Mars/Olympus", "\"Mars/Olympus\" is not an IANA time zone (e.g. Africa/Nairobi).")]
    [InlineData("default", "ar", "The default language \"ar\" is not one of the body's languages.")]
    [InlineData("language", "xx", "\"xx\" is not a supported language (expected one of en, fr, es, ar, ru, zh).")]
    public void Create_Throws_WhenAFieldIsInvalid(string field, string value, string expected)
    {
        var profile = field switch
        {
            "code" => Valid() with { Code = value },
            "country" => Valid() with { Country = value },
            "zone" => Valid() with { TimeZoneId = value },
            "default" => Valid() with { DefaultLanguage = value },
            _ => Valid() with { Languages = ["en", value] },
        };

        var error = Assert.Throws<DomainRuleException>(() => Body.Create(profile));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Admit_Throws_WhenTheOrganisationIsFromAnotherCountry()
    {
        var body = Samples.Alliance();
        var ugandan = Samples.Organisation("Kampala Rights Forum", "UG");

        Assert.Throws<DomainRuleException>(() => body.Admit(ugandan, Samples.Founded));
    }

    [Fact]
    public void Admit_ReturnsFalse_WhenTheOrganisationAlreadyIsAMember()
    {
        var body = Samples.Network();
        var org = Samples.Organisation("Lagos Anti-Trafficking Network", "NG");
        Assert.True(body.Admit(org, Samples.Founded));

        Assert.False(body.Admit(org, Samples.Founded.AddDays(3)));
        Assert.Single(body.Memberships);
    }
}
