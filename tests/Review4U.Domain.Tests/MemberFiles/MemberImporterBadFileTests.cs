namespace Review4U.Domain.Tests.MemberFiles;

public sealed class MemberImporterBadFileTests : ImportFixture
{
    [Fact]
    public async Task ImportFileAsync_ReportsEveryBadRowAndWritesNothing_WhenTheCsvHasErrors()
    {
        var result = await ImportFileAsync(SampleFiles.PathOf("members-with-errors.csv"));

        var report = result.Problems.Select(p => p.ToString().Replace(SampleFiles.Folder + "/", "", StringComparison.Ordinal));
        Assert.Equal(ExpectedCsvReport, report);
        Assert.Equal((0, 0, 0), await CountRowsAsync());
    }

    [Fact]
    public async Task ImportFileAsync_ReportsEveryBadValueAndWritesNothing_WhenTheYamlHasErrors()
    {
        var result = await ImportFileAsync(SampleFiles.PathOf("members-with-errors.yaml"));

        var report = result.Problems.Select(p => p.ToString().Replace(SampleFiles.Folder + "/", "", StringComparison.Ordinal));
        Assert.Equal(ExpectedYamlReport, report);
        Assert.Equal((0, 0, 0), await CountRowsAsync());
    }

    [Theory]
    [InlineData("", "m.csv:1: header: the file is empty; expected a header row")]
    [InlineData("name,type,country,thematic_areas,contact1_name,contact1_email,phone\n", "m.csv:1: header: unknown column \"phone\" (expected key, name, type, country, thematic_areas, services and contactN_name, contactN_email, contactN_language, contactN_gender)")]
    [InlineData("name,type,thematic_areas,contact1_name,contact1_email\n", "m.csv:1: header: missing column \"country\"")]
    [InlineData("name;type;country;thematic_areas;contact1_name;contact1_email\n", "m.csv:1: header: the columns are separated by ';'; save the file as CSV with commas (e.g. \"CSV UTF-8 (comma delimited)\")")]
    [InlineData("name,name,type,country,thematic_areas,contact1_name,contact1_email\n", "m.csv:1: header: column \"name\" appears more than once")]
    public async Task ImportAsync_ReportsTheHeader_WhenColumnsAreWrong(string text, string expected)
    {
        var result = await ImportTextAsync("m.csv", text);

        Assert.Equal([expected], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task ImportAsync_ReportsTheLine_WhenTheYamlIsNotValid()
    {
        var result = await ImportTextAsync("m.yaml", "organisations:\n  - name: [unclosed\n    type: ngo\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("m.yaml", "yaml"), (problem.File, problem.Column));
        Assert.InRange(problem.Line, 2, 4);
    }

    [Fact]
    public async Task ImportAsync_ReportsTheLine_WhenAYamlQuoteIsNotClosed()
    {
        var result = await ImportTextAsync("m.yaml", "organisations:\n  - name: \"unclosed\n    type: ngo\n  - name: x\n");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("m.yaml:2: yaml: not valid YAML: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_CountsPhysicalLines_WhenACellSpansLines()
    {
        const string text = "name,type,country,thematic_areas,contact1_name,contact1_email\n" +
            "\"Two\nLine Org\",ngo,KE,firearms,Ana,ana@two.example.org\n" +
            "Next Org,ngo,KE,firearms,Ben,ben@\n";

        var result = await ImportTextAsync("m.csv", text);

        Assert.Equal(["m.csv:4: contact1_email: \"ben@\" is not an email address"], result.Problems.Select(p => p.ToString()));
    }

    private static readonly string[] ExpectedCsvReport =
    [
        "members-with-errors.csv:3: name: is required",
        "members-with-errors.csv:4: type: \"charity\" is not an organisation type (expected ngo, academia, private-sector or other)",
        "members-with-errors.csv:5: country: \"XX\" is not an ISO 3166-1 alpha-2 country code (upper-case, such as KE)",
        "members-with-errors.csv:6: country: \"FR\" is not one of NET4U-AF's countries (BF, BJ, CI, CM, EG, ET, GH, GQ, KE, MA, NG, RW, SD, SN, TN, TZ, UG, ZA, ZM)",
        "members-with-errors.csv:7: thematic_areas: \"cybercrime\" is not a thematic area (expected untoc-implementation, government-coordination, trafficking-in-persons, smuggling-of-migrants, firearms, drugs-corruption, emerging-crimes)",
        "members-with-errors.csv:8: thematic_areas: is required: at least one of untoc-implementation, government-coordination, trafficking-in-persons, smuggling-of-migrants, firearms, drugs-corruption, emerging-crimes",
        "members-with-errors.csv:9: services: \"training\" is not a service (expected crime-prevention, at-risk-youth, victims-assistance, human-rights, advocacy)",
        "members-with-errors.csv:10: contact1_email: at least one contact is required",
        "members-with-errors.csv:11: contact1_email: \"ana@\" is not an email address",
        "members-with-errors.csv:12: contact1_name: is required",
        "members-with-errors.csv:13: contact1_language: \"pt\" is not a language code (expected en, fr, es, ar, ru or zh)",
        "members-with-errors.csv:14: contact1_gender: \"f\" is not a gender (expected female, male or other, or empty when not declared)",
        "members-with-errors.csv:15: contact1_email: \"ANA@goodneighbours.example.org\" is already used on line 2",
        "members-with-errors.csv:16: name: the same organisation (key \"ke-good-neighbours-kenya\") is already on line 2",
        "members-with-errors.csv:17: row: has 4 cells but the header has 13",
        "members-with-errors.csv:18: row: a quote (\") inside a cell that is not quoted; quote the whole cell and double the inner quote",
        "members-with-errors.csv:19: type: \"company\" is not an organisation type (expected ngo, academia, private-sector or other)",
        "members-with-errors.csv:19: contact1_email: \"oscar@\" is not an email address",
        "members-with-errors.csv:20: contact2_email: \"quinn@second\" is not an email address",
        "members-with-errors.csv:20: contact2_language: \"sw\" is not a language code (expected en, fr, es, ar, ru or zh)",
        "members-with-errors.csv:20: contact2_gender: \"x\" is not a gender (expected female, male or other, or empty when not declared)",
    ];

    private static readonly string[] ExpectedYamlReport =
    [
        "members-with-errors.yaml:12: type: \"charity\" is not an organisation type (expected ngo, academia, private-sector or other)",
        "members-with-errors.yaml:14: thematic_areas: \"cybercrime\" is not a thematic area (expected untoc-implementation, government-coordination, trafficking-in-persons, smuggling-of-migrants, firearms, drugs-corruption, emerging-crimes)",
        "members-with-errors.yaml:15: phone: unknown field (expected one of key, name, type, country, thematic_areas, services, contacts)",
        "members-with-errors.yaml:18: contacts[1].email: \"carol@\" is not an email address",
        "members-with-errors.yaml:19: contacts[1].gender: \"f\" is not a gender (expected female, male or other, or empty when not declared)",
        "members-with-errors.yaml:20: name: is required",
        "members-with-errors.yaml:20: contacts: at least one contact is required",
        "members-with-errors.yaml:21: country: \"FR\" is not one of NET4U-AF's countries (BF, BJ, CI, CM, EG, ET, GH, GQ, KE, MA, NG, RW, SD, SN, TN, TZ, UG, ZA, ZM)",
        "members-with-errors.yaml:24: key: \"Bad Key\" is not a key (lower-case letters and digits joined by single dashes, at most 100)",
        "members-with-errors.yaml:30: contacts[1].email: \"ANA@goodneighbours.example.org\" is already used on line 10",
        "members-with-errors.yaml:31: contacts[1].language: \"pt\" is not a language code (expected en, fr, es, ar, ru or zh)",
    ];
}
