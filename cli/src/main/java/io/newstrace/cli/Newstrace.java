package io.newstrace.cli;

import io.newstrace.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newstrace} command. */
@Command(name = "newstrace",
        mixinStandardHelpOptions = true,
        versionProvider = Newstrace.VersionProvider.class,
        description = "News provenance and narrative tracking: what articles say, who said what, who copied whom.",
        subcommands = {AnalyzeCommand.class, CompareCommand.class, SearchCommand.class, ServeCommand.class, WatchCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Newstrace implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Newstrace()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newstrace " + Version.get()};
        }
    }
}
