using Dateline.Extraction.Rules;

namespace Dateline.Extraction.Html;

/// <summary>Why a block inside the chosen container is left out of the body, and where it goes.</summary>
internal sealed record BlockDecision(string Rule, string Reason, LineVerdictKind Kind);
