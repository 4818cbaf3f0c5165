using Dateline.Export;

namespace Dateline.Tests.Export;

public class CameoActorCodeTests
{
    private static bool IsCountry(string code) => code is "LBY" or "ITA" or "FRA";

    [Theory]
    [InlineData("LBYMIL", null, "LBY", null, "MIL")]
    [InlineData("ITAGOVMIL", null, "ITA", null, "GOV|MIL")]
    [InlineData("IGOUNO", null, null, "UNO", "IGO")]
    [InlineData("GOV", "FRA", null, null, "GOV")]
    [InlineData("XYZGOV", "XYZ", "XYZ", null, "GOV")]
    [InlineData("LBYM", null, null, null, "")]
    [InlineData("", null, null, null, "")]
    public void A_code_splits_into_country_known_group_and_types(string code, string? actorCountry, string? country, string? group, string types)
    {
        var parts = CameoActorCode.Parse(code, IsCountry, actorCountry);
        Assert.Equal((country, group, types), (parts.Country, parts.KnownGroup, string.Join("|", parts.Types)));
    }
}
