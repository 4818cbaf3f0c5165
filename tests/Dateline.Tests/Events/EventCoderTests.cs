using Dateline.Events;

namespace Dateline.Tests.Events;

public class EventCoderTests
{
    private static EventMention Only(IReadOnlyList<EventMention> events, string type) => Assert.Single(events, e => e.Event == type);

    [Fact]
    public void Codes_talks_in_Rome_as_a_meeting_with_actors_place_date_and_reporter()
    {
        var text = "Libyan strongman Khalifa Haftar held surprise talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said.";
        var e = Only(EventPipeline.Events(text), "CONSULT");
        Assert.Equal("meeting", e.Mode);
        Assert.Equal("040", e.Cameo);
        var source = Assert.Single(e.Source);
        Assert.Contains("Haftar", source.Name, StringComparison.Ordinal);
        Assert.Equal(("LBY", "MIL"), (source.Country, source.Sector));
        var target = Assert.Single(e.Target);
        Assert.Contains("Conte", target.Name, StringComparison.Ordinal);
        Assert.Equal(("ITA", "GOV"), (target.Country, target.Sector));
        Assert.Equal("Rome", e.EventLoc.Text);
        Assert.Equal("ITA", e.EventLoc.Country);
        Assert.Equal(("2019-05-16", "day"), (e.Date.Value, e.Date.Precision));
        Assert.Equal("Thursday", e.Date.Text);
        Assert.Equal(EventStatus.Happened, e.Status);
        Assert.Equal("officials", e.Attribution?.Speaker);
        var quote = Assert.Single(e.Mentions);
        Assert.Equal(text, quote.Quote);
        Assert.Equal(text[quote.Start..quote.End], quote.Quote);
        Assert.InRange(e.Confidence.Value, 0.5, 1.0);
    }

    [Fact]
    public void A_dateline_the_parser_took_for_the_subject_leaves_the_source_to_the_name_after_it()
    {
        var text = "TRIPOLI, Sept 26 - Khalifa Hafter, commander of the Libyan National Army, received Italy's defence minister Roberta Pinotti in Benghazi on Monday.";
        var e = Only(EventPipeline.Events(text), "CONSULT");
        Assert.Contains("Hafter", Assert.Single(e.Source).Name, StringComparison.Ordinal);
        Assert.Contains("Pinotti", Assert.Single(e.Target).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_a_trip_next_week_for_talks_as_planned_with_the_week_as_date()
    {
        var events = EventPipeline.Events("The Libyan military chief will travel next week to Paris for talks with President Emmanuel Macron.");
        var e = Only(events, "CONSULT");
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal("2019-W21", e.Date.Value);
        Assert.Equal("week", e.Date.Precision);
        Assert.Contains(e.Target, a => a.Name.Contains("Macron", StringComparison.Ordinal));
        Assert.Equal("LBY", Assert.Single(e.Source).Country);
        Assert.Equal("Paris", e.EventLoc.Text);
    }

    [Fact]
    public void Attacking_a_rivals_plans_is_criticism_not_violence()
    {
        var events = EventPipeline.Events("Conservative leader Michael Howard attacked Labour's six new pledges as vacuous.");
        Assert.DoesNotContain(events, e => e.Event == "ASSAULT");
        var e = Only(events, "ACCUSE");
        Assert.Equal("111", e.Cameo);
        Assert.Contains("Howard", Assert.Single(e.Source).Name, StringComparison.Ordinal);
        Assert.Equal("Labour", Assert.Single(e.Target).Name);
    }

    [Fact]
    public void Attacking_plans_a_party_name_modifies_is_criticism_of_the_party()
    {
        // "the Tory plans": the name makes the noun phrase look like an actor ("Tory MPs"), but plans are ideas.
        var events = EventPipeline.Events("Paul Boateng attacked the Tory plans.");
        Assert.DoesNotContain(events, e => e.Event == "ASSAULT");
        Assert.Equal("Tory", Assert.Single(Only(events, "ACCUSE").Target).Name);
        // Troops attacking a side's positions still fight.
        Assert.Contains(EventPipeline.Events("Gondor troops attacked the Arnor positions."), e => e.Event == "ASSAULT");
    }

    [Theory]
    [InlineData("Figures released by the government's Cabinet Office showed that growth fell.")]
    [InlineData("The ministry released the figures on Monday.")]
    [InlineData("Ahold hit the headlines in February 2003.")]
    [InlineData("The trade deficit widened, hitting record levels.")]
    public void Publishing_figures_and_hitting_the_headlines_are_no_events(string sentence)
    {
        Assert.DoesNotContain(EventPipeline.Events(sentence), e => e.Event is "RETREAT" or "ASSAULT");
    }

    [Fact]
    public void Releasing_captives_and_hitting_positions_are_still_events()
    {
        Assert.Contains(EventPipeline.Events("Rebels released 20 hostages."), e => e.Event == "RETREAT" && e.Mode == "release");
        Assert.Contains(EventPipeline.Events("Gondor troops hit Arnor positions."), e => e.Event == "ASSAULT");
    }

    [Fact]
    public void Welcoming_a_meeting_or_an_offer_is_approval_and_welcoming_a_delegation_is_hosting_a_visit()
    {
        var meeting = EventPipeline.Events("UN envoy Ghassan Salamé welcomed the meeting in Abu Dhabi.");
        Assert.DoesNotContain(meeting, e => e.Event == "CONSULT");
        var approval = Only(meeting, "SUPPORT");
        Assert.Equal("051", approval.Cameo);
        Assert.Empty(approval.Target); // "in Abu Dhabi" says where the meeting was, not whose it was

        var offer = Only(EventPipeline.Events("Egypt welcomed the decision by France to send aid."), "SUPPORT");
        Assert.Equal("France", Assert.Single(offer.Target).Name);

        var visit = Only(EventPipeline.Events("Sarraj welcomed the Italian delegation in Tripoli on Monday."), "CONSULT");
        Assert.Equal("043", visit.Cameo);
        Assert.Equal("043", Only(EventPipeline.Events("Conte welcomed Haftar to Rome on Tuesday."), "CONSULT").Cameo);
    }

    [Theory]
    [InlineData("Gunmen attacked a checkpoint in Sirte, killing at least 40 people.", "kill people", 40, "at least", "at least 40 people")]
    [InlineData("The talks between Haftar and Conte lasted more than two hours.", "last hour", 2, "more than", "more than two hours")]
    [InlineData("Turkey sent 1.5 million dollars in aid to Tripoli.", "send dollar", 1_500_000, "exact", "1.5 million dollars")]
    public void A_number_the_sentence_gives_about_its_event_is_a_figure_with_what_it_counts(string text, string what, double value, string bound, string words)
    {
        var figure = EventPipeline.Events(text).SelectMany(e => e.Figures).First(f => f.What == what);
        Assert.Equal(value, figure.Value);
        Assert.Equal(bound, figure.Bound);
        Assert.Equal(words, figure.Text);
    }

    [Fact]
    public void A_date_is_no_figure() =>
        Assert.All(EventPipeline.Events("Haftar met Conte in Rome on 12 May 2019."), e => Assert.Empty(e.Figures));

    [Theory]
    [InlineData("UN envoy Ghassan Salamé met Haftar in Benghazi.", "Ghassan Salamé")]
    [InlineData("NATO Secretary General Jens Stoltenberg met Erdogan.", "Jens Stoltenberg")]
    public void An_office_an_organisation_gives_codes_the_organisation_not_a_government(string text, string person)
    {
        var source = Assert.Single(Only(EventPipeline.Events(text), "CONSULT").Source);
        Assert.Equal(person, source.Name);
        Assert.Equal("IGO", source.Code);
        Assert.Contains("before the name", source.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_takes_place_where_it_goes_and_the_talks_it_was_for_are_the_visitors()
    {
        var visit = Only(EventPipeline.Events("Haftar visited Cairo on Tuesday for talks with Sisi."), "CONSULT");
        Assert.Equal("Cairo", visit.EventLoc.Text);
        var talks = Only(EventPipeline.Events("Haftar flew to Paris for talks with Macron on Monday."), "CONSULT");
        Assert.Equal("Haftar", Assert.Single(talks.Source).Name);
        Assert.Equal("Macron", Assert.Single(talks.Target).Name);
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdogan on Tuesday.", "CONSULT", "Vladimir Putin", "Recep Tayyip Erdogan")]
    [InlineData("Algeria recalled its ambassador to France on Saturday.", "SANCTION", "Algeria", "France")]
    [InlineData("Germany pledged aid to Libya on Monday.", "AGREE", "Germany", "Libya")]
    public void Calls_recalls_and_pledges_find_both_sides(string text, string type, string source, string target)
    {
        var e = Only(EventPipeline.Events(text), type);
        Assert.Equal(source, Assert.Single(e.Source).Name);
        Assert.Equal(target, Assert.Single(e.Target).Name);
    }

    [Theory]
    [InlineData("Protesters stormed the parliament in Tobruk on Friday.", "PROTEST", "145")]
    [InlineData("Troops stormed the rebel stronghold on Monday.", "ASSAULT", "190")]
    [InlineData("Haftar's forces shot down a Turkish drone over Tripoli on Sunday.", "ASSAULT", "190")]
    [InlineData("Italy sent 300 troops to Misrata on Monday.", "MOBILIZE", "150")]
    public void Storming_shooting_down_and_sending_troops_are_coded_by_who_does_them(string text, string type, string cameo) =>
        Assert.Equal(cameo, Only(EventPipeline.Events(text), type).Cameo);

    [Theory]
    [InlineData("A Turkish drone hit a convoy of the Libyan National Army near Tarhuna on Monday.", "TURMIL", "Libyan National Army")]
    [InlineData("Russian warplanes bombed rebel positions near Idlib on Sunday.", "RUSMIL", null)]
    public void A_weapon_with_a_nationality_is_that_countrys_military_and_what_it_hits_belongs_to_the_target(string text, string code, string? target)
    {
        var e = Only(EventPipeline.Events(text), "ASSAULT");
        Assert.Equal(code, Assert.Single(e.Source).Code);
        if (target is not null) Assert.Equal(target, Assert.Single(e.Target).Name);
    }

    [Fact]
    public void The_agency_in_a_datelines_brackets_is_never_an_actor()
    {
        var e = Only(EventPipeline.Events("SANAA, March 3 (Wire) - The Saudi-led coalition struck Sanaa airport on Tuesday, killing four people, Houthi officials said."), "ASSAULT");
        Assert.DoesNotContain(e.Source.Concat(e.Target), a => a.Name.Contains("Wire", StringComparison.Ordinal));
    }

    [Fact]
    public void Force_against_a_town_hits_the_town_and_happens_there()
    {
        var e = Only(EventPipeline.Events("Militias attacked the town of Gharyan on Sunday."), "ASSAULT");
        Assert.Equal("Gharyan", Assert.Single(e.Target).Name);
        Assert.Equal("Gharyan", e.EventLoc.Text);
        Assert.Equal("LBY", e.EventLoc.Country);
    }

    [Fact]
    public void Only_force_looks_through_a_thing_to_the_actor_holding_it()
    {
        // Only force is aimed through what an actor holds: criticising an army's convoy is not aimed at the army.
        var events = EventPipeline.Events("Sarraj criticised the convoy of the Libyan National Army on Monday.");
        Assert.DoesNotContain(events, e => e.Target.Any(t => t.Name == "Libyan National Army"));
    }

    [Theory]
    [InlineData("The ruling coalition rejected the opposition's demands.", "REJECT", "GOV")]
    [InlineData("An opposition coalition accused the government of fraud.", "ACCUSE", "OPP")]
    [InlineData("Coalition forces attacked Fallujah on Monday.", "ASSAULT", "MIL")]
    public void A_coalition_is_an_actor_whose_sector_its_words_give(string text, string type, string code) =>
        Assert.Equal(code, Assert.Single(Only(EventPipeline.Events(text), type).Source).Code);

    [Theory]
    [InlineData("The Tripoli-based government accused Haftar of war crimes.", "ACCUSE", "LBYGOV")]
    [InlineData("U.S.-led forces struck Islamic State positions near Raqqa on Monday.", "ASSAULT", "USAMIL")]
    [InlineData("Iran-backed militias attacked a US base in Iraq on Sunday.", "ASSAULT", "REB")]
    public void Where_a_body_sits_or_who_leads_it_is_its_country_but_who_backs_it_is_not(string text, string type, string code) =>
        Assert.Equal(code, Assert.Single(Only(EventPipeline.Events(text), type).Source).Code);

    [Theory]
    [InlineData("Sarraj met the Italian delegation in Tripoli on Monday.", "ITAGOV")]
    [InlineData("Sarraj received a French delegation led by Le Drian.", "FRAGOV")]
    [InlineData("Di Maio met his Libyan counterpart in Rome on Monday.", "LBYGOV")]
    public void A_delegation_or_a_counterpart_met_is_an_actor_with_its_country(string text, string code)
    {
        var e = Only(EventPipeline.Events(text), "CONSULT");
        Assert.Equal(code, Assert.Single(e.Target).Code);
    }

    [Theory]
    [InlineData("Prime Minister Tony Blair vowed to fight terrorism at home and abroad.")]
    [InlineData("The police said the new cards would help the government fight terror and crime.")]
    [InlineData("Gordon Brown's budget hit the plans of first-time buyers.")]
    [InlineData("Wal-Mart is also fighting two lawsuits over its hiring.")]
    [InlineData("A switch to new models hit luxury marque Mercedes-Benz, with sales down 3.1%.")]
    [InlineData("Labour held its conference in Brighton. They believe they will be fighting the next election.")]
    [InlineData("The Black Watch regiment has done a superb job in fighting against defence cuts.")]
    [InlineData("Oxford University will be hit by top-up fees next year.")]
    public void Fighting_a_social_ill_or_hitting_a_plan_is_no_assault(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Event == "ASSAULT");

    [Fact]
    public void Rebels_attacking_a_convoy_is_still_an_assault() =>
        Assert.Contains(EventPipeline.Events("Rebel fighters attacked a government convoy near Misrata on Tuesday."), e => e.Event == "ASSAULT");

    [Fact]
    public void She_never_stands_for_a_man_called_mister()
    {
        var events = EventPipeline.Events("Defence Minister Roberta Pinotti met opposition leader Michael Howard in Rome. Mr Howard said the talks had gone well. She later accused the government of delays.");
        var e = Only(events, "ACCUSE");
        Assert.Contains("Pinotti", Assert.Single(e.Source).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unattributed_I_is_nobody_the_article_names()
    {
        var events = EventPipeline.Events("Education Secretary Ruth Kelly visited Leeds on Monday. I phoned Ruth Kelly's office to ask about the visit.");
        Assert.DoesNotContain(events, e => e.Source.Any(a => a.Text == "I"));
    }

    [Theory]
    [InlineData("Chancellor Gordon Brown said he would meet the golden rule with a margin to spare.")]
    [InlineData("The Queen will also host a reception for survivors at St James's Palace.")]
    [InlineData("The Commons education committee called the scheme morally indefensible on Monday.")]
    [InlineData("His comments come in a BBC documentary called No More Mr Nasty.")]
    public void Meeting_a_target_hosting_a_reception_or_naming_a_thing_is_no_meeting(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Event == "CONSULT");

    [Theory]
    [InlineData("US exports get more affordable, helping perhaps to close the trade gap.")]
    [InlineData("Russian prosecutors are forcing the sale of the firm's asset to help pay a back tax bill.")]
    public void Helping_to_do_something_for_no_one_is_no_aid(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Event == "AID");

    [Fact]
    public void Helping_a_government_is_still_aid() =>
        Assert.Contains(EventPipeline.Events("The International Monetary Fund promised rapid action to help the governments of the stricken countries."), e => e.Event == "AID");

    [Theory]
    [InlineData("Vodafone has found it difficult to satisfy Japan's technologically demanding mobile users.")]
    [InlineData("India is looking to develop its airline industry as booming economic growth drives demand for travel.")]
    public void A_participle_describing_a_noun_or_a_misparsed_clause_makes_no_request(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Event == "REQUEST");

    [Fact]
    public void It_in_what_a_speaker_reports_is_the_speaker_not_the_nearest_name()
    {
        var e = Only(EventPipeline.Events("Bat told the BBC at that time that it had not negotiated with the STMC."), "CONSULT");
        Assert.Equal("Bat", Assert.Single(e.Source).Name);
    }

    [Fact]
    public void He_reported_by_an_unnamed_premier_is_not_the_last_man_named()
    {
        var events = EventPipeline.Events("Sarraj met Conte in Rome. The Italian premier said he would visit Tripoli soon.");
        Assert.DoesNotContain(events, e => e.Mode == "visit" && e.Source.Any(a => a.Name.Contains("Sarraj", StringComparison.Ordinal)));
    }

    [Fact]
    public void Attacking_enemy_positions_is_an_assault_and_a_hyphenated_sponsor_stays_in_the_actor()
    {
        Assert.Contains(EventPipeline.Events("Rebel fighters attacked army positions near Misrata on Tuesday."), e => e.Event == "ASSAULT");
        var e = Only(EventPipeline.Events("Iran-backed militias attacked a US base in Syria."), "ASSAULT");
        Assert.Equal("Iran-backed militias", Assert.Single(e.Source).Name);
    }

    [Fact]
    public void Rebels_fighting_against_troops_target_the_troops()
    {
        var e = Only(EventPipeline.Events("Rebels fought against government troops near Misrata."), "ASSAULT");
        Assert.Equal("MIL", Assert.Single(e.Target).Sector);
    }

    [Theory]
    [InlineData("The European Court ruled on Monday. We are trying to engage with the ministers by demonstrating and talking.", "European Court")]
    [InlineData("Ian Huntley was jailed in 2003. Opposition parties want more local policing, but they accuse ministers of tying the police up with paperwork.", "Huntley")]
    [InlineData("Frederick Forsyth wrote a column. Those who support imprisonment without trial believe it will never happen to them.", "Forsyth")]
    public void We_they_and_those_are_not_the_nearest_name(string text, string name) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Source.Any(a => a.Name.Contains(name, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Tony Blair talked about the New Labour manifesto on Monday.", "CONSULT")]
    [InlineData("David Frost warned that many small firms could be crippled by the move.", "THREATEN")]
    [InlineData("Labour has offered 22bn pounds of savings.", "AGREE")]
    [InlineData("Michael Howard asked: \"Would it not be ironic?\"", "REQUEST")]
    public void Talking_warning_offering_or_asking_towards_no_one_is_speech(string text, string type) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Event == type);

    [Theory]
    [InlineData("Britain has offered to send 120 Gurkhas to Indonesia.", "AGREE")]
    [InlineData("Tony Blair has asked for an apology from the mayor.", "REQUEST")]
    [InlineData("The prime minister discussed the claims with the chancellor.", "CONSULT")]
    [InlineData("Scotland's justice minister has warned bigoted soccer fans.", "THREATEN")]
    public void An_offer_to_act_a_request_for_something_and_a_talk_with_someone_stay_events(string text, string type) =>
        Assert.Contains(EventPipeline.Events(text), e => e.Event == type);

    [Fact]
    public void Politicians_clashing_is_criticism_and_police_clashing_with_protesters_an_assault()
    {
        var words = EventPipeline.Events("The two political leaders clashed just days after the opening salvoes.");
        Assert.DoesNotContain(words, e => e.Event == "ASSAULT");
        Assert.Contains(words, e => e.Event == "ACCUSE");
        Assert.Contains(EventPipeline.Events("Police clashed with protesters in Cairo on Friday."), e => e.Event == "ASSAULT");
    }

    [Fact]
    public void Someone_is_no_one_the_article_names()
    {
        var events = EventPipeline.Events("Home Secretary Charles Clarke proposed the change on Monday. The defence cannot be used where someone has killed for revenge.");
        Assert.DoesNotContain(events, e => e.Source.Any(a => a.Name.Contains("Clarke", StringComparison.Ordinal)) && e.Event == "ASSAULT");
    }

    [Fact]
    public void A_civil_service_chief_is_no_soldier()
    {
        var e = Only(EventPipeline.Events("Former civil service chief Lord Butler criticised the government on Sunday."), "ACCUSE");
        Assert.NotEqual("MIL", Assert.Single(e.Source).Sector);
    }

    [Fact]
    public void A_capital_that_rejects_stands_for_its_government()
    {
        var e = Only(EventPipeline.Events("Paris has rejected the claims."), "REJECT");
        var source = Assert.Single(e.Source);
        Assert.Equal("FRAGOV", source.Code);
        Assert.Empty(e.Target);
    }

    [Fact]
    public void A_request_reported_by_its_maker_is_attributed_to_him()
    {
        var events = EventPipeline.Events("Conte said he urged Haftar halt his attack.");
        var e = Only(events, "REQUEST");
        Assert.Contains("Conte", Assert.Single(e.Source).Name, StringComparison.Ordinal);
        Assert.Contains("Haftar", Assert.Single(e.Target).Name, StringComparison.Ordinal);
        Assert.Equal("Conte", e.Attribution?.Speaker);
        Assert.Equal(EventStatus.Claimed, e.Status);
    }

    [Theory]
    [InlineData("Haftar did not meet Conte in Rome.", "negated")]
    [InlineData("Haftar will meet Conte in Rome.", "planned")]
    [InlineData("Haftar could meet Conte in Rome.", "hypothetical")]
    [InlineData("If Haftar meets Conte, the talks may resume.", "hypothetical")]
    [InlineData("Haftar plans to meet Conte in Rome.", "planned")]
    [InlineData("Haftar is to meet Conte in Rome.", "planned")]
    [InlineData("The two envoys are to meet Conte in Rome.", "planned")]
    [InlineData("Haftar met Conte in Rome.", "happened")]
    public void The_status_follows_the_clause_around_the_trigger(string sentence, string status)
    {
        var e = Assert.Single(EventPipeline.Events(sentence), x => x.Event == "CONSULT");
        Assert.Equal(status, e.Status);
        Assert.NotNull(e.StatusReason is null && status != "happened" ? null : "ok");
    }

    [Fact]
    public void A_denied_meeting_is_coded_as_denied_not_as_a_rejection()
    {
        var events = EventPipeline.Events("Haftar denied meeting Conte in Rome.");
        var e = Only(events, "CONSULT");
        Assert.Equal(EventStatus.Denied, e.Status);
        Assert.DoesNotContain(events, x => x.Event == "REJECT");
    }

    [Fact]
    public void According_to_names_the_speaker()
    {
        var e = Only(EventPipeline.Events("Haftar met Conte in Rome, according to Reuters."), "CONSULT");
        Assert.Equal("Reuters", e.Attribution?.Speaker);
        Assert.Equal("according to", e.Attribution?.Cue);
    }

    [Fact]
    public void A_quoted_threat_is_a_threaten_event_of_its_speaker()
    {
        var events = EventPipeline.Events("\"We will crush them,\" Haftar said, as he threatened the Tripoli government.");
        var e = Only(events, "THREATEN");
        Assert.Contains("Haftar", Assert.Single(e.Source).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinated_targets_make_one_event_with_several_targets()
    {
        var events = EventPipeline.Events("Haftar met Pinotti, Graziano and Minniti in Rome.");
        var e = Only(events, "CONSULT");
        Assert.Equal(3, e.Target.Length);
    }

    [Fact]
    public void In_the_passive_the_agent_is_the_source()
    {
        var e = Only(EventPipeline.Events("Conte was criticised by Haftar on Monday."), "ACCUSE");
        Assert.Contains("Haftar", Assert.Single(e.Source).Name, StringComparison.Ordinal);
        Assert.Contains("Conte", Assert.Single(e.Target).Name, StringComparison.Ordinal);
        Assert.Equal("2019-05-13", e.Date.Value);
    }

    [Fact]
    public void A_meeting_in_two_coordinated_years_is_two_happenings_one_per_year()
    {
        var events = EventPipeline.Events("Haftar met Macron twice in 2017 and 2018, when the French president tried to broker a deal.")
            .Where(e => e.Event == "CONSULT").ToList();
        Assert.Equal(["2017", "2018"], events.Select(e => e.Date.Value));
        Assert.All(events, e => Assert.Contains("Macron", Assert.Single(e.Target).Name, StringComparison.Ordinal));
        Assert.Contains("coordinated with '2017'", events[1].Date.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Meetings_said_to_be_two_on_two_coordinated_days_are_two_events()
    {
        var events = EventPipeline.Events("Haftar met Conte twice in Rome, on Monday and on Tuesday.").Where(e => e.Event == "CONSULT").ToList();
        Assert.Equal(2, events.Select(e => e.Date.Value).Distinct().Count());
    }

    [Fact]
    public void Talks_on_two_coordinated_days_stay_one_event()
    {
        var events = EventPipeline.Events("Haftar held talks with Conte in Rome on Monday and Tuesday.").Where(e => e.Event == "CONSULT").ToList();
        Assert.Single(events);
    }

    [Fact]
    public void Without_a_time_expression_the_publication_date_is_used_and_said()
    {
        var e = Only(EventPipeline.Events("Haftar met Conte."), "CONSULT");
        Assert.Equal("2019-05-16", e.Date.Value);
        Assert.Null(e.Date.Text);
        Assert.Contains("publication date", e.Date.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_trigger_takes_date_and_place_from_the_verb_that_says_it_was_held()
    {
        var e = Assert.Single(EventPipeline.Events("Talks between Khalifa Haftar and Giuseppe Conte were held in Rome on Wednesday."), e => e.ReverseOf is null);
        Assert.Equal("2019-05-15", e.Date.Value);
        Assert.Contains("'held', whose subject is the trigger", e.Date.Reason, StringComparison.Ordinal);
        Assert.Equal("Rome", e.EventLoc.Text);
        Assert.Equal(EventStatus.Happened, e.Status);
    }

    [Theory]
    // Published 2019-05-16: a yearless June 3 told in the past tense is last year's, not a date ahead.
    [InlineData("Haftar met Conte in Rome on June 3.", "2018-06-03", "happened")]
    [InlineData("Talks between Haftar and Conte were held in Rome on June 3.", "2018-06-03", "happened")]
    [InlineData("Haftar will meet Conte in Rome on June 3.", "2019-06-03", "planned")]
    [InlineData("Haftar was expected to meet Conte in Rome on June 3.", "2019-06-03", "planned")]
    [InlineData("Talks between Haftar and Conte were scheduled for June 3.", "2019-06-03", "planned")]
    [InlineData("Haftar met Conte in Rome on June 3, 2019.", "2019-06-03", "planned")]
    [InlineData("Haftar met Conte in Rome on May 3.", "2019-05-03", "happened")]
    public void A_yearless_date_after_publication_told_in_the_past_tense_is_the_previous_years(string sentence, string date, string status)
    {
        // "Talks between A and B" also reads B to A (ReverseOf): the first record is enough here.
        var e = Assert.Single(EventPipeline.Events(sentence), e => e.Event == "CONSULT" && e.ReverseOf is null);
        Assert.Equal((date, status), (e.Date.Value, e.Status));
    }

    [Fact]
    public void A_later_bare_name_keeps_the_country_and_sector_an_earlier_mention_was_given()
    {
        var events = EventPipeline.Events("Libyan military chief Khalifa Haftar arrived in Paris on Sunday. Haftar met Emmanuel Macron on Monday.");
        var meeting = Assert.Single(events, e => e.Event == "CONSULT" && e.Date.Value == "2019-05-13");
        var haftar = Assert.Single(meeting.Source);
        Assert.Equal("LBYMIL", haftar.Code);
        Assert.Contains("elsewhere in the article", haftar.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coordinated_verb_without_a_date_shares_its_first_conjuncts_date()
    {
        var events = EventPipeline.Events("Macron held talks with Haftar in Paris on Monday and called on him to accept a ceasefire.");
        var request = Only(events, "REQUEST");
        Assert.Equal("2019-05-13", request.Date.Value);
        Assert.Contains("coordinated verb 'held'", request.Date.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coordinated_verb_with_its_own_auxiliary_keeps_its_own_date()
    {
        var events = EventPipeline.Events("Haftar met Conte on Monday and will visit Macron.");
        var visit = Assert.Single(events, e => e.Event == "CONSULT" && e.Target.Any(a => a.Name.Contains("Macron", StringComparison.Ordinal)));
        Assert.NotEqual("2019-05-13", visit.Date.Value);
    }

    [Fact]
    public void A_pronoun_opening_a_sentence_continues_the_previous_subject_not_the_last_name()
    {
        var events = EventPipeline.Events("United Nations envoy Ghassan Salame warned the Security Council on Tuesday. Salame told the council that the offensive launched by Khalifa Haftar in April had displaced more than 75,000 people. He called on member states to enforce the arms embargo.");
        var request = Only(events, "REQUEST");
        Assert.Contains("Salame", Assert.Single(request.Source).Name, StringComparison.Ordinal);
        Assert.Contains("previous sentence's subject", request.Source[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_after_a_name_in_its_own_sentence_takes_the_nearest_person()
    {
        var events = EventPipeline.Events("Conte spoke to reporters. Haftar said he rejected the truce.");
        var reject = Only(events, "REJECT");
        Assert.Contains("Haftar", Assert.Single(reject.Source).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisations_envoy_named_beside_it_is_the_actor_not_the_organisation()
    {
        var e = Only(EventPipeline.Events("United Nations envoy Ghassan Salame warned the Security Council on Tuesday that the fighting was only the beginning."), "THREATEN");
        Assert.Contains("Salame", Assert.Single(e.Source).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_trigger_takes_the_possessor_as_source()
    {
        var e = Only(EventPipeline.Events("Haftar's visit to Rome lasted two hours."), "CONSULT");
        Assert.Equal("visit", e.Mode);
        Assert.Contains("Haftar", Assert.Single(e.Source).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_quote_is_the_text_at_its_offsets()
    {
        var doc = EventPipeline.Run(SampleArticles.RomeTalks);
        Assert.NotEmpty(doc.EventMentions);
        // A headline or caption citation quotes its own part, after the body's citation.
        string PartText(EventCitation m) => m.Part switch
        {
            null => doc.Text,
            "title" => doc.Metadata.Title!.Value,
            _ => doc.Captions[m.PartIndex!.Value].Text,
        };
        foreach (var e in doc.EventMentions)
        {
            foreach (var m in e.Mentions) Assert.Equal(PartText(m)[m.Start..m.End], m.Quote);
            Assert.Equal(PartText(e.Mentions[0])[e.TriggerStart..e.TriggerEnd], e.Trigger);
        }
    }

    [Fact]
    public void A_headline_that_restates_a_body_event_is_one_more_citation_of_that_event()
    {
        var doc = EventPipeline.RunArticle("Haftar meets Conte in Rome\n\nLibyan strongman Khalifa Haftar held talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday.");
        var e = Assert.Single(doc.EventMentions, x => x.Event == "CONSULT");
        Assert.Equal([null, "title"], e.Mentions.Select(m => m.Part));
        Assert.Equal("Haftar meets Conte in Rome", e.Mentions[1].Quote);
    }

    [Fact]
    public void A_headline_event_the_body_does_not_report_is_kept_apart_and_cited_in_the_headline()
    {
        var doc = EventPipeline.RunArticle("Haftar meets Conte in Rome\n\nThe weather in Rome was mild on Thursday.");
        Assert.Empty(doc.EventMentions);
        var e = Assert.Single(doc.OtherEventMentions);
        Assert.Equal("CONSULT", e.Event);
        Assert.Equal("title", Assert.Single(e.Mentions).Part);
        Assert.Equal("Haftar meets Conte in Rome"[e.TriggerStart..e.TriggerEnd], e.Trigger);
    }

    [Theory]
    [InlineData("Haftar", "Khalifa Haftar", true)]
    [InlineData("Conte", "Giuseppe Conte", true)]
    [InlineData("Europe", "European leaders", false)]
    public void A_headline_actor_is_a_body_actor_when_they_share_the_last_name(string part, string body, bool same)
    {
        var a = new EventActor { Text = part, Start = 0, End = part.Length, Name = part };
        var b = new EventActor { Text = body, Start = 0, End = body.Length, Name = body };
        Assert.Equal(same, PartEventMatcher.SameName(a, b));
    }

    [Theory]
    [InlineData("Beijing protested against the visit of the Dalai Lama to Washington.", null)]
    [InlineData("Protesters protested against the government in Tunis.", "demonstrate")]
    public void A_government_protests_by_statement_a_crowd_in_the_street(string text, string? mode)
    {
        var e = Only(EventPipeline.Events(text), "PROTEST");
        Assert.Equal(mode, e.Mode);
    }

    [Theory]
    [InlineData("Under the new law the police can arrest protesters without charge.")]
    [InlineData("The army must withdraw its troops from Gharyan.")]
    public void What_someone_can_or_must_do_has_not_happened(string text)
    {
        var events = EventPipeline.Events(text);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(EventStatus.Hypothetical, e.Status));
    }

    [Fact]
    public void Concern_over_the_fighting_is_no_fight_of_whoever_is_concerned()
    {
        // "the fighting" hung on "concern" as a participle had taken the minister as its subject: an ASSAULT by Kenya.
        var events = EventPipeline.Events("Kenya's foreign minister expressed concern over the fighting in Sudan.");
        Assert.DoesNotContain(events, e => e.Event == "ASSAULT" && e.Source.Any(a => a.Text.Contains("minister", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_speaker_after_a_comma_is_not_the_one_warned()
    {
        // "a senior commander warned" read as a reduced passive ("a commander who was warned") had made him the target.
        var events = EventPipeline.Events("Iran could close the Strait of Hormuz and attack US bases, a senior commander warned on Monday.");
        Assert.DoesNotContain(events, e => e.Target.Any(a => a.Text.Contains("commander", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_date_the_parser_made_the_root_still_dates_the_sentence()
    {
        // The tagger read "imposed" as a participle and the parser made "month" the root: no date was governed by the trigger.
        var e = Only(EventPipeline.Events("The EU imposed sanctions on Belarus earlier this month.", "2023-09-11"), "SANCTION");
        Assert.Equal("2023-09", e.Date?.Value);
    }

    [Fact]
    public void An_athletics_meeting_is_no_consultation()
    {
        Assert.DoesNotContain(EventPipeline.Events("Maurice Greene then has another indoor meeting in France before resuming training."), e => e.Event == "CONSULT");
        Assert.Contains(EventPipeline.Events("Haftar's meeting with Conte in Rome lasted two hours."), e => e.Event == "CONSULT");
    }
}
