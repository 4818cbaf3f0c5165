namespace Dateline.Eval.Coreference;

/// <summary>A gold event mention: markable id, tag (ACTION_OCCURRENCE, ...), its token ids, and its gold cluster
/// (the CROSS_DOC_COREF note, else the document's INTRA_DOC_COREF chain, else a singleton of its own).</summary>
public sealed record EcbPlusMention(string Id, string Tag, IReadOnlyList<int> TokenIds, string GoldCluster);
