namespace Dateline.Events;

/// <summary>The speaker a reported event is attributed to ("officials", "Conte"), the reporting words ("said", "according to") and the speaker as an actor when resolved.</summary>
public sealed record EventAttribution(string Speaker, string Cue, EventActor? Actor);
