using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary>Every top-level command, in the order `dateline --help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(ConsoleIo io) =>
    [
        IngestCommand.Create(io),
        ArticlesCommand.Create(io),
        ShowCommand.Create(io),
        SearchCommand.Create(io),
        EventsCommand.Create(io),
        EntitiesCommand.Create(io),
        TimelineCommand.Create(io),
        StoriesCommand.Create(io),
        NetworkCommand.Create(io),
        ExportCommand.Create(io),
        EvalCommand.Create(io),
        ParseCommand.Create(io),
        // One `train` command: pos and deps from TrainCommand, ner from TrainNerCommand, coref from TrainCorefCommand.
        TrainCommand.Create(io, TrainNerCommand.Create(io), TrainCorefCommand.Create(io)),
        KnowledgeCommand.Create(io),
        GazetteerCommand.Create(io),
        EmbeddingsCommand.Create(io),
        ServeCommand.Create(io),
    ];
}
