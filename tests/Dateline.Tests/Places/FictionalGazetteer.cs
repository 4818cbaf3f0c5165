using Dateline.Places;

namespace Dateline.Tests.Places;

/// <summary>A small hand-written gazetteer in the shipped format (made-up ids, round populations and coordinates) for the unit tests.</summary>
internal static class FictionalGazetteer
{
    public const string Text = """
        # A fictional gazetteer for tests. Written by the Dateline team.
        id	name	alternates	country	admin1	latitude	longitude	population	feature
        1	Minas Tirith	Mundburg|Stone-City	GD	01	10.0	20.0	1200000	PPLC
        2	Minas Tirith		AR	03	40.0	-5.0	8000	PPL
        3	Tripoli	Tarabulus	LY	77	32.9	13.2	1150000	PPLC
        4	Tripoli	Trablous	LB	04	34.4	35.8	230000	PPLA
        5	Tripoli		GR	45	37.5	22.4	30000	PPL
        6	Fornost	Norbury	AR	01	55.0	-3.0	45000	PPLC
        7	Roma	Roma Town	AU	04	-26.6	148.8	7000	PPL
        8	Rome	Roma|Urbs	IT	07	41.9	12.5	2300000	PPLC
        9	São Paulo	Sampa	BR	27	-23.5	-46.6	12400000	PPLA
        10	Port-au-Prince		HT	11	18.5	-72.3	1200000	PPLC
        """;

    public static Gazetteer Load() => Gazetteer.Load(new StringReader(Text), "fictional.tsv");
}
