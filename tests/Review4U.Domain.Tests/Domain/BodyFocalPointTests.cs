namespace Review4U.Domain.Tests.Domain;

public sealed class BodyFocalPointTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    [Fact]
    public void AppointFocalPoint_ClosesThePreviousOne_WhenTheGovernmentChangesIt()
    {
        var body = Samples.Network();
        var first = body.AppointFocalPoint("NG", "Federal Ministry of Justice", "Ada Eze", "ada.eze@justice.example.gov.ng", Day);

        var second = body.AppointFocalPoint("NG", "Federal Ministry of Justice", "Tunde Bello", "T.Bello@justice.example.gov.ng", Day.AddMonths(4));

        Assert.Equal(Day.AddMonths(4), first.ToDate);
        Assert.Equal(second, body.FocalPointOn("NG", Day.AddMonths(5)));
        Assert.Equal(first, body.FocalPointOn("NG", Day.AddMonths(1)));
        Assert.Equal("t.bello@justice.example.gov.ng", second.Email);
    }

    [Fact]
    public void AppointFocalPoint_Throws_WhenTheCountryIsNotTheBodys()
    {
        var body = Samples.Alliance();

        var error = Assert.Throws<DomainRuleException>(() => body.AppointFocalPoint("UG", "Ministry", "Name", "a@b.example.org", Day));

        Assert.Equal("UG is not one of NACSA-KE's countries (KE).", error.Message);
    }

    [Fact]
    public void AppointFocalPoint_Throws_WhenTheChangeIsNotAfterTheCurrentAppointment()
    {
        var body = Samples.Alliance();
        body.AppointFocalPoint("KE", "Ministry of Interior", "John Kamau", "j.kamau@interior.example.go.ke", Day);

        Assert.Throws<DomainRuleException>(() => body.AppointFocalPoint("KE", "Ministry of Interior", "Jane Doe", "jane@interior.example.go.ke", Day));
    }

    [Fact]
    public void AppointFocalPoint_ChangesNothing_WhenTheSameAppointmentIsRecordedAgain()
    {
        var body = Samples.Alliance();
        var first = body.AppointFocalPoint("KE", "Ministry of Interior", "John Kamau", "j.kamau@interior.example.go.ke", Day);

        var again = body.AppointFocalPoint("KE", "Ministry of Interior", "John Kamau", "J.Kamau@interior.example.go.ke", Day);

        Assert.Same(first, again);
        Assert.Single(body.FocalPoints);
    }
}
