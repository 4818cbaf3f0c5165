using Dateline.Ingest;
using Dateline.Language;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Tests.Events;

/// <summary>Rules from the session-14 audit of 60 random BBC business and 60 BBC politics rows: words our lexicon reads as
/// events that, with a thing where an actor should be, are opinion, comment or cause. The sentences are the team's own.</summary>
public class OpinionAndCauseTests
{
    [Theory]
    [InlineData("\"I agree that we do not need to raise interest rates,\" Jonas Lind told reporters.")]
    [InlineData("I absolutely agree with Anna Berg.")]
    [InlineData("Mr Holm agreed and said the figures had to be read in context.")]
    [InlineData("Karl Weber, an economist at Nordbank, agreed that the latest sales figures were stronger than expected.")]
    [InlineData("Deputy Speaker Anna Berg agreed it was of concern but said nothing could be done immediately.")]
    [InlineData("No doubt the prime minister will agree with this.")]
    public void Agreeing_with_a_view_is_opinion_not_an_agreement(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "AGREE");

    [Theory]
    [InlineData("Sweden has agreed a draft proposal with the International Monetary Fund.")]
    [InlineData("Nordbank has agreed to buy a stake in Baltic Steel.")]
    [InlineData("Prime Minister Jonas Lind said he had agreed with Anna Berg in 2003 that she would not stand again.")]
    [InlineData("First Minister Jonas Lind told Radio Sweden he had agreed with Ms Berg in 2003 that she would not be health minister in the run-up to the 2007 elections.")]
    [InlineData("The opposition suspects the move is part of a package of security measures agreed with the US.")]
    [InlineData("Sweden and Norway agreed on a new fishing quota on Monday.")]
    public void Agreeing_a_deal_or_to_act_stays_an_agreement(string text) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Event == "AGREE");

    [Theory]
    [InlineData("Nordbank refused to comment on the reports.")]
    [InlineData("Finance minister Jonas Lind refused to say whether taxes would rise.")]
    [InlineData("Karl Weber refused to be drawn on the date of the election.")]
    [InlineData("Anna Berg refused to rule out future tax rises.")]
    public void Declining_to_comment_is_no_rejection(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "REJECT");

    [Theory]
    [InlineData("London mayor Karl Weber has again refused to retract his insult.")]
    [InlineData("The government refused to back Anna Berg's bill.")]
    public void Refusing_to_act_stays_a_rejection(string text) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Event == "REJECT");

    [Fact]
    public void What_is_refused_did_not_happen()
    {
        var backing = Assert.Single(EventPipeline.Events("The government refused to back Anna Berg's bill."), x => x.Event == "SUPPORT");
        Assert.Equal("negated", backing.Status);
    }

    [Theory]
    [InlineData("\"We have recognised the need for clearer leadership,\" said Nordbank chairman Karl Weber.")]
    [InlineData("Jonas Lind said voters would recognise that the Liberal Party had brought stability.")]
    [InlineData("Only one in ten voters recognised Anna Berg.")]
    public void Recognising_a_need_or_a_face_is_no_diplomatic_recognition(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Cameo == "054");

    [Fact]
    public void Recognising_a_state_stays_recognition() =>
        Assert.Contains(EventPipeline.Events("Turkey will recognise Cyprus next year, the foreign minister said."), x => x.Cameo == "054");

    [Theory]
    [InlineData("Such a move would help Nordbank and Baltic Steel to share research costs.")]
    [InlineData("These cuts helped Nordbank turn a loss into a profit.")]
    public void A_thing_that_helps_gives_no_aid(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "AID");

    [Fact]
    public void Help_from_an_actor_stays_aid() =>
        Assert.Contains(EventPipeline.Events("Sweden lent Finland $6bn to help the Finnish government rebuild the port."), x => x.Event == "AID");

    [Theory]
    [InlineData("Nordbank is set to hit more than $12bn in sales this year.")]
    [InlineData("In Norway's case it is set to hit more than $12bn.")]
    [InlineData("Nordbank was hit with a bill of more than $27bn in back taxes.")]
    public void Hitting_an_amount_or_with_a_bill_is_no_assault(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "ASSAULT");

    [Fact]
    public void A_date_set_for_an_event_makes_it_planned()
    {
        var talks = Assert.Single(EventPipeline.Events("Nordbank is due to hold talks with Baltic Steel this week."), x => x.Event == "CONSULT");
        Assert.Equal("planned", talks.Status);
    }

    [Fact]
    public void A_noun_event_under_a_future_verb_is_planned()
    {
        var talks = EventPipeline.Events("Local press have reported that Sweden and Norway will start negotiations about new routes.")
            .Where(x => x.Event == "CONSULT").ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, x => Assert.Equal("planned", x.Status));
    }

    [Fact]
    public void A_finite_conjunct_keeps_its_own_status()
    {
        var promise = Assert.Single(EventPipeline.Events(
            "Mr Lind said he would not respond to gossip and promised to defend the Liberal Party's record until polling day."),
            x => x.Event == "AGREE");
        Assert.NotEqual("negated", promise.Status);
    }

    [Fact]
    public void Nor_carries_the_negation_to_its_conjunct() =>
        Assert.Contains(EventPipeline.Events("The rebel group does not recruit children, nor does it kill civilians."),
            x => x.Event == "ASSAULT" && x.Status == "negated");

    [Theory]
    [InlineData("Nordic Air will now suspend its Saudi flights from 27 March.")]
    [InlineData("Nordmart has suspended firearms sales in the state.")]
    [InlineData("Although Nordmart has suspended firearms sales in the state, the attorney general said he wanted to be sure the chain would follow state rules.")]
    public void Suspending_ones_own_trade_is_no_sanction(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "SANCTION");

    [Theory]
    [InlineData("The Liberal Party has suspended Karl Weber as a candidate.")]
    [InlineData("The Liberal Party has suspended a candidate for his remarks on immigration.")]
    public void Suspending_a_member_stays_a_sanction(string text) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Event == "SANCTION");

    [Theory]
    [InlineData("Nordic Air has blamed high fuel prices for a 40% drop in profits.")]
    [InlineData("The currency peg is often blamed by US lawmakers for job losses.")]
    public void Blaming_a_thing_is_an_explanation_not_an_accusation(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "ACCUSE");

    [Fact]
    public void Blaming_an_actor_stays_an_accusation() =>
        Assert.Contains(EventPipeline.Events("European leaders have openly blamed the United States for the rise of the euro."), x => x.Event == "ACCUSE");

    [Theory]
    [InlineData("Chile is looking at ways to keep prices high without killing off demand.")]
    public void Killing_a_thing_is_no_violence(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "ASSAULT");

    [Theory]
    [InlineData("As an MP, Karl Weber signed a parliamentary motion questioning the airport plans.")]
    [InlineData("Jonas Lind has since signed over his shareholding to a fellow investor.")]
    [InlineData("The Green Party's Anna Berg has demanded to know who was responsible for signing off the leave.")]
    public void Signing_no_agreement_is_no_formal_agreement(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Cameo == "057");

    [Theory]
    [InlineData("Finance minister Jonas Lind has signed a debt relief deal with Tanzania.")]
    [InlineData("Nordic Oil has signed a $6bn (£3.12bn) deal with the sheikhdom of Qatar.")]
    [InlineData("Prime Minister Anna Berg signed the constitution at a ceremony in Rome in November.")]
    public void Signing_a_deal_stays_a_formal_agreement(string text) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Cameo == "057");

    [Fact]
    public void Calling_a_policy_into_question_is_criticism()
    {
        var events = EventPipeline.Events("The new rules have also been called into question by the parliamentary Joint Committee on Human Rights.");
        Assert.DoesNotContain(events, x => x.Event == "CONSULT");
        Assert.Contains(events, x => x.Event == "ACCUSE" && x.Cameo == "111");
    }

    [Fact]
    public void Being_called_to_a_place_is_no_phone_call() =>
        Assert.DoesNotContain(EventPipeline.Events("The police were alerted and called to the premises."), x => x.Event == "CONSULT");

    [Theory]
    [InlineData("The Norwegian president was also asked whether he thought the war had made the world less safe.")]
    public void Asking_a_question_is_no_request(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "REQUEST");

    [Fact]
    public void Asking_for_something_stays_a_request() =>
        Assert.Contains(EventPipeline.Events("Sweden asked Norway for an apology on Monday."), x => x.Event == "REQUEST");

    [Fact]
    public void A_condition_before_a_request_is_no_question() =>
        Assert.Contains(EventPipeline.Events("If Sweden is judged to have broken the rules, the commission will ask Sweden to stop immediately."),
            x => x.Event == "REQUEST");

    [Fact]
    public void Hard_pressed_is_no_request() =>
        Assert.DoesNotContain(EventPipeline.Events("\"Sweden will be hard-pressed to keep its reserves at the level of last year,\" the bank said."),
            x => x.Event == "REQUEST");

    [Fact]
    public void Mobilising_opinion_is_no_show_of_force() =>
        Assert.DoesNotContain(EventPipeline.Events("Karl Weber said the campaign will mobilise public opinion against the Liberal Party."),
            x => x.Event == "MOBILIZE");

    [Fact]
    public void What_is_prevented_did_not_happen()
    {
        var events = EventPipeline.Events("Those refused were effectively prevented from travelling to Sweden by Norwegian officials.");
        Assert.Contains(events, x => x.Event == "CONSULT" && x.Status == "negated");
        Assert.Contains(EventPipeline.Events("Jonas Lind was detained to prevent him from fighting against Norway."),
            x => x.Event == "ASSAULT" && x.Status == "negated");
    }

    [Fact]
    public void Subjects_that_negotiate_with_someone_else_do_not_negotiate_with_each_other()
    {
        var events = EventPipeline.Events("Manufacturing firms, including Volvo, Saab and Scania, have been negotiating with unions over cost cutting measures.");
        // The firms negotiate with the unions (labour), never with one another.
        Assert.DoesNotContain(events, x => x.Event == "CONSULT" && x.Target.Any(t => t.Text is "Volvo" or "Saab" or "Scania"));
        Assert.All(events.Where(x => x.Event == "CONSULT").SelectMany(x => x.Target), t => Assert.Equal("LAB", t.Sector));
    }

    [Fact]
    public void Coordinated_subjects_that_meet_still_meet_each_other() =>
        Assert.Contains(EventPipeline.Events("Volvo and Saab have been negotiating over a merger."), x => x.Event == "CONSULT" && x.Target.Length > 0);

    [Fact]
    public void Hard_pressed_as_two_words_is_no_request() =>
        Assert.DoesNotContain(EventPipeline.Events("Foreign exchange reserves may become strained as \"Sweden will be hard pressed to keep international reserves at the pre-crisis level\" which totalled more than two months worth of imports."),
            x => x.Event == "REQUEST");

    [Fact]
    public void Seizing_an_advantage_is_no_seizure() =>
        Assert.DoesNotContain(EventPipeline.Events("Party strategists have seen the Liberal Party seizing a poll advantage over the issue."),
            x => x.Event == "COERCE");

    private static readonly Lazy<DocumentPipeline> EveryEvent = new(() => StandardPipeline.Create(ShippedModels.Load(), everyEvent: true));

    [Fact]
    public void Ecb_plus_reading_every_event_keeps_the_mentions_the_product_leaves_out()
    {
        // ECB+ annotates every event mention, opinions and explanations too: its coreference reads them all.
        const string text = "Airline results\n\nNordic Air has blamed high fuel prices for a 40% drop in profits.";
        var doc = EveryEvent.Value.Run(new Document
        {
            Source = new SourceInfo("story.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
            SourceText = text,
            Metadata = new ArticleMetadata { Published = new MetadataValue("2019-05-16", "sidecar:published") },
        });
        Assert.Contains(doc.EventMentions, x => x.Event == "ACCUSE");
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "ACCUSE");
    }
}
