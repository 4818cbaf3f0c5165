namespace Dateline.Eval.Coreference;

/// <summary>An ECB+ token: its t_id, sentence and text.</summary>
public readonly record struct EcbPlusToken(int Id, int Sentence, string Text);
