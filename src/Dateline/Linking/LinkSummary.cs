namespace Dateline.Linking;

/// <summary>What linking one article did: entities linked (and how many were new), events linked (new), and its story.</summary>
public sealed record LinkSummary(int Entities, int NewEntities, int Events, int NewEvents, long Story, bool NewStory);
